/** A word of the text: a run of letters (and their combining marks), with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Starts with a capital letter, as a name does in running text. */
export function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function letterCount(word: string): number {
  return word.normalize('NFD').replace(/\p{M}/gu, '').length;
}
