import type { LexicalEditor } from 'lexical';
import type { FindMatch } from './textBlocks';

export const FIND_HIGHLIGHT = 'briefing-find';
export const FIND_CURRENT_HIGHLIGHT = 'briefing-find-current';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

function domPoint(editor: LexicalEditor, key: string, offset: number): [Text, number] | null {
  const element = editor.getElementByKey(key);
  // Formatted text may sit in an inner element (code, sub/superscript): its first text node.
  const text = element && (document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null);
  if (!text || text.length < offset) return null;
  return [text, offset];
}

/** A DOM range over a match, or null when its text is not on screen as the search saw it. */
export function findRange(editor: LexicalEditor, match: FindMatch): Range | null {
  const start = domPoint(editor, match.startKey, match.startOffset);
  const end = domPoint(editor, match.endKey, match.endOffset);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

/**
 * Marks every match, and the current one more strongly, with the CSS Custom Highlight API (as the
 * names check does): the document, its history and its saves are untouched.
 */
export function showFindHighlights(editor: LexicalEditor, matches: readonly FindMatch[], current: number): void {
  if (!supported()) return;
  const all = new Highlight();
  const now = new Highlight();
  matches.forEach((m, i) => {
    const range = findRange(editor, m);
    if (range) (i === current ? now : all).add(range);
  });
  CSS.highlights.set(FIND_HIGHLIGHT, all);
  CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, now);
}

export function clearFindHighlights(): void {
  if (!supported()) return;
  CSS.highlights.delete(FIND_HIGHLIGHT);
  CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
}
