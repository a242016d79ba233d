import type { LexicalEditor } from 'lexical';
import type { NameFinding } from './nameFindings';

export const NAME_ISSUE_HIGHLIGHT = 'briefing-name-issue';

/** The DOM text node that holds a Lexical text node's characters. */
function domTextOf(element: HTMLElement): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** Where a finding is in the DOM, or null when its node is not on screen as the scan saw it. */
function boundaries(editor: LexicalEditor, finding: NameFinding): StaticRangeInit | null {
  const element = editor.getElementByKey(finding.key);
  const text = element && domTextOf(element);
  if (!text || text.data.slice(finding.start, finding.end) !== finding.found) return null;
  return { startContainer: text, startOffset: finding.start, endContainer: text, endOffset: finding.end };
}

/** A DOM range over a finding (to place the offer beside it), or null as for `boundaries`. */
export function rangeOf(editor: LexicalEditor, finding: NameFinding): Range | null {
  const at = boundaries(editor, finding);
  if (!at) return null;
  const range = document.createRange();
  range.setStart(at.startContainer, at.startOffset);
  range.setEnd(at.endContainer, at.endOffset);
  return range;
}

/**
 * Underlines the findings with the CSS Custom Highlight API: nothing is added to the document, so
 * the note, its undo history and its saves are untouched by the check. Static ranges, as for Find:
 * live ones would be updated by the browser at every keystroke.
 */
export function showNameHighlights(editor: LexicalEditor, findings: readonly NameFinding[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = findings.map((f) => boundaries(editor, f)).filter((r): r is StaticRangeInit => r !== null);
  CSS.highlights.set(NAME_ISSUE_HIGHLIGHT, new Highlight(...ranges.map((r) => new StaticRange(r))));
}

export function clearNameHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME_ISSUE_HIGHLIGHT);
}
