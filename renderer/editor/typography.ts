/**
 * Typographic quotes and dashes as you type, en-GB: ‘single’ and “double” quotes, opening after a
 * space or an opening bracket (or at the start), closing elsewhere (so "don't" gets an apostrophe);
 * two hyphens become an en dash, as a British style guide spaces it.
 */
export function smartCharacter(typed: string, before: string): { text: string; replaceBefore: number } | null {
  const prev = before.slice(-1);
  const opening = prev === '' || /[\s([{\u2018\u201C\u2013\u2014-]/u.test(prev);
  if (typed === "'") return { text: opening ? '\u2018' : '\u2019', replaceBefore: 0 };
  if (typed === '"') return { text: opening ? '\u201C' : '\u201D', replaceBefore: 0 };
  if (typed === '-' && prev === '-') return { text: '\u2013', replaceBefore: 1 };
  return null;
}
