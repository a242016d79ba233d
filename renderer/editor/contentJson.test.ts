import { describe, expect, it, vi } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ParagraphNode,
  TextNode,
  type LexicalEditor,
} from 'lexical';
import { backgroundNote } from '../../app/templates/builtin/background-note';
import { biographicalNote } from '../../app/templates/builtin/biographical-note';
import { meetingBrief } from '../../app/templates/builtin/meeting-brief';
import { recordOfConversation } from '../../app/templates/builtin/record-of-conversation';
import { sceneSetter } from '../../app/templates/builtin/scene-setter';
import { talkingPoints } from '../../app/templates/builtin/talking-points';
import { document, paragraph } from '../../app/templates/builtin/nodes';
import { BRIEFING_NODES } from './nodes';
import { ContentJsonCache } from './contentJson';

/** A headless editor holding the built-in templates' blocks (tables, lists, fields, placeholders) and more. */
function demoEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_NODES,
    onError: (e) => {
      throw e;
    },
  });
  const templates = [sceneSetter, meetingBrief, talkingPoints, biographicalNote, recordOfConversation, backgroundNote];
  // Each template twice, then plain paragraphs: a long note with every kind of block.
  const blocks = [...templates, ...templates].flatMap((t) => t().root.children);
  for (let i = 0; i < 200; i++) blocks.push(paragraph(`Paragraph ${i} of the background.`));
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document(...blocks))));
  return editor;
}

const lexicalOwn = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

/** The text node of the `index`th top-level block that has one. */
const $textOfBlock = (index: number): TextNode => {
  const block = $getRoot()
    .getChildren()
    .filter((b) => $isElementNode(b) && $isTextNode(b.getFirstChild()))[index]!;
  return (block as ParagraphNode).getFirstChild() as TextNode;
};

describe('the note as JSON text for saving (written again only where it changed)', () => {
  it('is exactly what Lexical writes, for every kind of block the templates hold', () => {
    const editor = demoEditor();
    const text = new ContentJsonCache().text(editor.getEditorState());
    for (const type of ['table', 'tablecell', 'list', 'heading', 'field', 'placeholder']) {
      expect(text).toContain(`"type":"${type}"`);
    }
    expect(text).toBe(lexicalOwn(editor));
  });

  it('follows typing, formatting, new, removed and moved blocks, and a whole earlier state put back (undo)', () => {
    const editor = demoEditor();
    const cache = new ContentJsonCache();
    cache.text(editor.getEditorState());
    const changes: [string, () => void][] = [
      ['text typed', () => $textOfBlock(3).setTextContent(`${$textOfBlock(3).getTextContent()} and more`)],
      ['bold', () => $textOfBlock(5).toggleFormat('bold')],
      ['block format', () => ($textOfBlock(6).getParent() as ParagraphNode).setFormat('center')],
      [
        'new block',
        () =>
          $getRoot()
            .getChildAtIndex(2)!
            .insertAfter($createParagraphNode().append($createTextNode('New'))),
      ],
      ['block removed', () => $getRoot().getChildAtIndex(4)!.remove()],
      ['block moved', () => $getRoot().getFirstChild()!.insertAfter($getRoot().getLastChild()!)],
      ['text in a new block', () => $getRoot().append($createParagraphNode().append($createTextNode('x')))],
    ];
    for (const [what, change] of changes) {
      edit(editor, change);
      expect(cache.text(editor.getEditorState()), what).toBe(lexicalOwn(editor));
    }
    // Undo puts an earlier state back whole, as here.
    const earlier = editor.getEditorState();
    edit(editor, () => $textOfBlock(1).setTextContent('Replaced'));
    expect(cache.text(editor.getEditorState())).toContain('"Replaced"');
    editor.setEditorState(earlier);
    expect(cache.text(editor.getEditorState())).not.toContain('"Replaced"');
    expect(cache.text(editor.getEditorState())).toBe(lexicalOwn(editor));
  });

  it('writes one block again after a key press, not the whole note', () => {
    const editor = demoEditor();
    const cache = new ContentJsonCache();
    cache.text(editor.getEditorState());
    const written = vi.spyOn(TextNode.prototype, 'exportJSON');
    edit(editor, () => $textOfBlock(10).setTextContent(`${$textOfBlock(10).getTextContent()}s`));
    cache.text(editor.getEditorState());
    const textNodesInBlock = editor.getEditorState().read(() => $textOfBlock(10).getParent()!.getChildrenSize());
    expect(written.mock.calls.length).toBeGreaterThan(0);
    expect(written.mock.calls.length).toBeLessThanOrEqual(textNodesInBlock);
    written.mockRestore();
  });
});
