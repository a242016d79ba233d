/** How a find runs: Word's options; diacritics are always folded, as the app's search does. */
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

/** A match as offsets into the searched text: [start, end). */
export interface TextMatch {
  start: number;
  end: number;
}

/** Letters that carry no combining mark but read as a plain Latin one (Turkish ı, Nordic ø…). */
const BASE_LETTER: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H' };
const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The text folded for matching, with the original offset of each folded character (one more at
 * the end for the text's length), so a match in the folded text maps back to the original.
 */
export function foldForFind(text: string, matchCase: boolean): { folded: string; origin: number[] | null } {
  // Plain ASCII (most paragraphs) folds to itself, offset for offset: origin null means identity.
  if (ASCII.test(text)) return { folded: matchCase ? text : text.toLowerCase(), origin: null };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    let ch = text.slice(i, i + width);
    // ASCII is the bulk of any note: no normalisation needed.
    if (code >= 128) {
      ch = BASE_LETTER[ch] ?? ch.normalize('NFD');
      let plain = '';
      for (const c of ch) if (!MARK.test(c)) plain += c;
      ch = plain;
    }
    if (!matchCase) ch = ch.toLowerCase();
    for (let k = 0; k < ch.length; k++) {
      folded += ch[k];
      origin.push(i);
    }
    i += width;
  }
  origin.push(text.length);
  return { folded, origin };
}

const isWordChar = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);

/** Every non-overlapping match of `query` in `text`, left to right. */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = foldForFind(query, options.matchCase).folded;
  if (!needle) return [];
  const { folded, origin } = foldForFind(text, options.matchCase);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const start = origin ? origin[at]! : at;
    const end = origin ? origin[at + needle.length]! : at + needle.length;
    if (!options.wholeWord || (!isWordChar(text, start - 1) && !isWordChar(text, end))) {
      matches.push({ start, end });
      from = at + needle.length;
    } else from = at + 1;
  }
  return matches;
}

/**
 * findMatches for one query, remembered per text: after an edit, only the blocks whose text
 * changed are searched again (a long note has a thousand blocks, an edit changes one).
 */
export class MatchCache {
  private readonly known = new Map<string, TextMatch[]>();

  constructor(
    private readonly query: string,
    private readonly options: FindOptions,
  ) {}

  matches(text: string): TextMatch[] {
    let found = this.known.get(text);
    if (!found) {
      found = text.length < this.query.length ? [] : findMatches(text, this.query, this.options);
      // Texts typed past are not needed again: start afresh rather than grow without bound.
      if (this.known.size > 20_000) this.known.clear();
      this.known.set(text, found);
    }
    return found;
  }
}
