import { cleanText } from '../clean-text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/**
 * User text for an HTML text node or a quoted attribute: what XML cannot carry removed (the same
 * rule as the Word export, so both documents say the same), then the five markup characters
 * escaped. The print view is a document we write, never a template a user's text can reach into.
 */
export function html(text: string): string {
  return cleanText(text).replace(/[&"'<>]/g, (c) => ESCAPES[c]!);
}

/** A CSS string literal (for `content:` in page margin boxes): quotes, backslashes and line ends escaped. */
export function cssString(text: string): string {
  return `"${cleanText(text)
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ')}"`;
}
