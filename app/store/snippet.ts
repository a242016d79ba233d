import type { SnippetPart } from '../domain/search';

/** Lower case without diacritics, char by char, with a map back to the original positions. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const f = c.charCodeAt(0) < 0x80 ? c.toLowerCase() : c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { folded, origin };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A window of text around the first word that starts with one of the query words, matching as
 * the index does (case and diacritics ignored), with every such word in the window marked.
 * Done here rather than by FTS5's snippet(), which re-runs a prefix query per row.
 */
export function makeSnippet(text: string, words: readonly string[], radius = 70): SnippetPart[] {
  const { folded, origin } = fold(text);
  const needles = words.map((w) => fold(w).folded).filter(Boolean);
  const hits: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      if (at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      let end = at + needle.length;
      while (end < folded.length && WORD_CHAR.test(folded[end]!)) end++;
      hits.push([origin[at]!, origin[end]!]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  let from = Math.max(0, first - radius);
  let to = Math.min(text.length, first + radius * 2);
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  while (to < text.length && WORD_CHAR.test(text[to]!)) to++;
  const parts: SnippetPart[] = [];
  const push = (t: string, hit: boolean) => t && parts.push({ text: t.replace(/\s+/g, ' '), hit });
  if (from > 0) push('…', false);
  let cursor = from;
  for (const [s, e] of hits) {
    if (s < cursor || e > to) continue;
    push(text.slice(cursor, s), false);
    push(text.slice(s, e), true);
    cursor = e;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push('…', false);
  return parts;
}
