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

/** The DOM points a match spans, or null when its text is not on screen as the search saw it. */
function boundaries(editor: LexicalEditor, match: FindMatch): StaticRangeInit | null {
  const start = domPoint(editor, match.startKey, match.startOffset);
  const end = domPoint(editor, match.endKey, match.endOffset);
  if (!start || !end) return null;
  return { startContainer: start[0], startOffset: start[1], endContainer: end[0], endOffset: end[1] };
}

/** Where a match's text sits against the window, with a screen's height of margin above and below. */
function placeOf(editor: LexicalEditor, match: FindMatch): 'before' | 'near' | 'after' {
  const element = editor.getElementByKey(match.startKey);
  if (!element) return 'near';
  const { top, bottom } = element.getBoundingClientRect();
  const screen = window.innerHeight;
  return bottom < -screen ? 'before' : top > 2 * screen ? 'after' : 'near';
}

/** The matches on or near the screen: a binary search, since matches come in document order. */
function nearScreen(editor: LexicalEditor, matches: readonly FindMatch[]): [number, number] {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placeOf(editor, matches[mid]!) === 'before') lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < matches.length && placeOf(editor, matches[end]!) !== 'after') end++;
  return [lo, end];
}

/**
 * Marks the matches, and the current one more strongly, with the CSS Custom Highlight API (as the
 * names check does): the document, its history and its saves are untouched. Only the matches on
 * or near the screen are marked (call again when the note scrolls): Chromium re-validates every
 * highlighted range whenever the page changes, so the thousands of matches of a common word in a
 * long note would be paid for at every keystroke. Static ranges: live ones are also updated by
 * the browser at every change; these are drawn again when the search runs after a pause.
 */
export function showFindHighlights(editor: LexicalEditor, matches: readonly FindMatch[], current: number): void {
  if (!supported()) return;
  const all = new Highlight();
  const now = new Highlight();
  const mark = (i: number) => {
    const at = boundaries(editor, matches[i]!);
    if (at) (i === current ? now : all).add(new StaticRange(at));
  };
  const [from, to] = nearScreen(editor, matches);
  for (let i = from; i < to; i++) mark(i);
  if (current < from || current >= to) if (matches[current]) mark(current);
  CSS.highlights.set(FIND_HIGHLIGHT, all);
  CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, now);
}

export function clearFindHighlights(): void {
  if (!supported()) return;
  CSS.highlights.delete(FIND_HIGHLIGHT);
  CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
}
