import type { NameIssue } from './find-issues';

/**
 * The text with every issue replaced by its canonical spelling. Issues that no longer match the
 * text (it changed since they were found) or overlap an earlier one are left alone.
 */
export function fixAll(
  text: string,
  issues: readonly Pick<NameIssue, 'start' | 'end' | 'found' | 'canonical'>[],
): string {
  const ordered = [...issues].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const issue of ordered) {
    if (issue.start < at || text.slice(issue.start, issue.end) !== issue.found) continue;
    out += text.slice(at, issue.start) + issue.canonical;
    at = issue.end;
  }
  return out + text.slice(at);
}
