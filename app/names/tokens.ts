/** A word of the text: a run of letters (and their combining marks), with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Code units of the word character at `i`, or 0 when it is not a letter or combining mark. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // ASCII decides by code alone: the bulk of any note, scanned without a regular expression.
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  const length = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return LETTER_OR_MARK.test(text.slice(i, i + length)) ? length : 0;
}

/** The words of a text: maximal runs of letters and combining marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let length = wordCharLength(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const start = i;
    while (length > 0) {
      i += length;
      length = i < text.length ? wordCharLength(text, i) : 0;
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
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
