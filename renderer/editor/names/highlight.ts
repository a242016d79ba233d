import type { LexicalEditor } from 'lexical';
import type { NameFinding } from './nameFindings';

export const NAME_ISSUE_HIGHLIGHT = 'briefing-name-issue';

/** The DOM text node that holds a Lexical text node's characters. */
function domTextOf(element: HTMLElement): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** A DOM range over a finding, or null when its node is not on screen as the scan saw it. */
export function rangeOf(editor: LexicalEditor, finding: NameFinding): Range | null {
  const element = editor.getElementByKey(finding.key);
  const text = element && domTextOf(element);
  if (!text || text.data.slice(finding.start, finding.end) !== finding.found) return null;
  const range = document.createRange();
  range.setStart(text, finding.start);
  range.setEnd(text, finding.end);
  return range;
}

/**
 * Underlines the findings with the CSS Custom Highlight API: nothing is added to the document, so
 * the note, its undo history and its saves are untouched by the check.
 */
export function showNameHighlights(editor: LexicalEditor, findings: readonly NameFinding[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = findings.map((f) => rangeOf(editor, f)).filter((r): r is Range => r !== null);
  CSS.highlights.set(NAME_ISSUE_HIGHLIGHT, new Highlight(...ranges));
}

export function clearNameHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME_ISSUE_HIGHLIGHT);
}
