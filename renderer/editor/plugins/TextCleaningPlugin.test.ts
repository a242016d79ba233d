import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, TextNode, type LexicalNode } from 'lexical';
import { BRIEFING_NODES } from '../nodes';
import { $applyLinkRules } from './LinkRulesPlugin';
import { $cleanTextNode } from './TextCleaningPlugin';

type J = { type: string; text?: string; children?: J[] };

/** A headless editor with the cleaning transform, after `build` ran in one update. */
function cleaned(build: () => LexicalNode): J[] {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_NODES,
    onError: (e) => {
      throw e;
    },
  });
  editor.registerNodeTransform(TextNode, $cleanTextNode);
  editor.update(() => void $getRoot().clear().append(build()), { discrete: true });
  return (editor.getEditorState().toJSON().root as unknown as J).children!;
}

const shape = (nodes: J[]): unknown =>
  nodes.map((n) => (n.children ? { [n.type]: shape(n.children) } : n.type === 'text' ? n.text : n.type));

describe('text cleaned where it enters the editor (issue 14, item 1)', () => {
  it('drops controls and U+FFFE/U+FFFF and replaces lone surrogates, in place', () => {
    expect(shape(cleaned(() => $createParagraphNode().append($createTextNode('a\u0000b\uFFFEc\uD800d 👍🏽'))))).toEqual([
      { paragraph: ['abc\uFFFDd 👍🏽'] },
    ]);
  });

  it('makes U+000B a line break and U+000C a new paragraph, keeping the text after it', () => {
    expect(
      shape(
        cleaned(() =>
          $createParagraphNode().append(
            $createTextNode('one\u000Btwo\u000Cthree'),
            $createTextNode(' four').toggleFormat('bold'),
          ),
        ),
      ),
    ).toEqual([{ paragraph: ['one', 'linebreak', 'two'] }, { paragraph: ['three', ' four'] }]);
  });

  it('a form feed in a list item starts another item; inside a link it is a line break', () => {
    expect(
      shape(cleaned(() => $createListNode('bullet').append($createListItemNode().append($createTextNode('a\fb'))))),
    ).toEqual([{ list: [{ listitem: ['a'] }, { listitem: ['b'] }] }]);
    expect(
      shape(
        cleaned(() =>
          $createParagraphNode().append($createLinkNode('https://example.org').append($createTextNode('a\fb'))),
        ),
      ),
    ).toEqual([{ paragraph: [{ link: ['a', 'linebreak', 'b'] }] }]);
  });
});

describe('link rules in the editor (issue 15, finding 2)', () => {
  function links(url: string, target: string | null = null): J[] {
    const editor = createHeadlessEditor({
      nodes: BRIEFING_NODES,
      onError: (e) => {
        throw e;
      },
    });
    editor.registerNodeTransform(LinkNode, $applyLinkRules);
    editor.update(
      () =>
        void $getRoot()
          .clear()
          .append(
            $createParagraphNode().append(
              $createLinkNode(url, { target, rel: 'opener' }).append($createTextNode('words')),
            ),
          ),
      { discrete: true },
    );
    return (editor.getEditorState().toJSON().root as unknown as J).children!;
  }

  it('a dangerous link becomes its words', () => {
    expect(shape(links(' JaVa\tScRiPt:alert(1)'))).toEqual([{ paragraph: ['words'] }]);
  });

  it('a safe link keeps its address, with rel ours and target only _blank', () => {
    const [p] = links('https://example.org', '_top');
    expect(p!.children![0]).toMatchObject({
      type: 'link',
      url: 'https://example.org',
      rel: 'noreferrer',
      target: null,
    });
  });
});
