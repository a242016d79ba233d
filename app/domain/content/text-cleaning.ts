/**
 * Text cleaning: what XML 1.0 (and so Word) cannot carry is cleaned where text enters, never
 * refused (issue 14): a vertical tab (PowerPoint's line break) becomes a line break, a form feed
 * (a page break copied from a PDF) a new paragraph, the other C0 controls and U+FFFE/U+FFFF are
 * dropped, and a lone surrogate becomes U+FFFD. Pure and DOM-free: the editor's node transform,
 * the store's allow-list and the exporter use the same rule.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** A line break (U+000B) or a paragraph break (U+000C) found in cleaned text. */
export const LINE_BREAK = 'linebreak' as const;
export const PARAGRAPH_BREAK = 'paragraph' as const;
export type TextPiece = string | typeof LINE_BREAK | typeof PARAGRAPH_BREAK;

/** What cleaning did to one string: its pieces, and how many characters were changed. */
export interface CleanedText {
  pieces: TextPiece[];
  /** Characters dropped, replaced or turned into a break. */
  changed: number;
}

/** True when the text holds something cleaning would change (fast: one regex test). */
export function needsCleaning(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * Splits text at its vertical tabs and form feeds and cleans the rest. Empty strings are left out
 * of `pieces`; text that needs nothing comes back as one piece, the same string.
 */
export function cleanTextPieces(text: string): CleanedText {
  if (!UNSAFE.test(text)) return { pieces: text === '' ? [] : [text], changed: 0 };
  const pieces: TextPiece[] = [];
  let current = '';
  let changed = 0;
  const flush = () => {
    if (current !== '') pieces.push(current);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        current += text[i]! + text[i + 1]!;
        i++;
      } else {
        current += '\uFFFD';
        changed++;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      current += '\uFFFD';
      changed++;
    } else if (code === 0x0b) {
      flush();
      pieces.push(LINE_BREAK);
      changed++;
    } else if (code === 0x0c) {
      flush();
      pieces.push(PARAGRAPH_BREAK);
      changed++;
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) {
      changed++;
    } else {
      current += text[i]!;
    }
  }
  flush();
  return { pieces, changed };
}

/**
 * One string cleaned for a single value (a link's address or title, a placeholder's prompt):
 * breaks become `breakAs` (a space by default), the rest as in cleanTextPieces.
 */
export function cleanString(text: string, breakAs = ' '): { text: string; changed: number } {
  if (!UNSAFE.test(text)) return { text, changed: 0 };
  const { pieces, changed } = cleanTextPieces(text);
  return {
    text: pieces.map((p) => (p === LINE_BREAK || p === PARAGRAPH_BREAK ? breakAs : p)).join(''),
    changed,
  };
}
