import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { BRIEFING_NODES } from '../nodes';
import { $replaceTriggerWithField } from './replaceTrigger';

/** A paragraph holding `typed` with the caret at its end; `menuSaw` is the query the menu last matched. */
function typedWithStaleMenu(typed: string, menuSaw: string): { editor: LexicalEditor; $split: () => TextNode } {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_NODES,
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const text = $createTextNode(typed);
      $getRoot().clear().append($createParagraphNode().append(text));
      text.select(typed.length, typed.length);
    },
    { discrete: true },
  );
  // What the typeahead menu does before calling onSelectOption: split off the query it last saw.
  const $split = () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no caret');
    const node = selection.anchor.getNode() as TextNode;
    const end = selection.anchor.offset;
    return node.splitText(end - menuSaw.length, end)[1]!;
  };
  return { editor, $split };
}

function paragraphJson(editor: LexicalEditor): unknown[] {
  const root = editor.getEditorState().toJSON().root as unknown as { children: { children: unknown[] }[] };
  return root.children[0]!.children;
}

describe('$replaceTriggerWithField', () => {
  it('replaces the whole trigger as typed when the menu acted on an older, shorter query', () => {
    const { editor, $split } = typedWithStaleMenu('Venue: /host', '/h');
    let inserted: string | null = null;
    editor.update(() => (inserted = $replaceTriggerWithField($split(), 'visit.hostCountry')), { discrete: true });
    expect(inserted).toBe('visit.hostCountry');
    expect(paragraphJson(editor)).toEqual([
      expect.objectContaining({ type: 'text', text: 'Venue: ' }),
      expect.objectContaining({ type: 'field', field: 'visit.hostCountry' }),
    ]);
  });

  it('keeps the text before the trigger when the menu saw a longer query than is left (a key deleted)', () => {
    const { editor, $split } = typedWithStaleMenu('Place: {meeting pl', '{meeting pla');
    editor.update(() => void $replaceTriggerWithField($split(), 'meeting.place'), { discrete: true });
    expect(paragraphJson(editor)).toEqual([
      expect.objectContaining({ type: 'text', text: 'Place: ' }),
      expect.objectContaining({ type: 'field', field: 'meeting.place' }),
    ]);
  });

  it('takes the first field matching the query as typed when the chosen one no longer matches', () => {
    const { editor, $split } = typedWithStaleMenu('Dates: /visit dat', '/');
    let inserted: string | null = null;
    editor.update(() => (inserted = $replaceTriggerWithField($split(), 'visit.hostCountry')), { discrete: true });
    expect(inserted).toBe('visit.dates');
  });
});
