/**
 * A file name that Windows, macOS and Linux all accept and display as what it is, from a note or
 * visit title chosen by whoever wrote the file: no path or control characters, no bidi controls
 * (a right-to-left override turns "Brief ‮xcod.exe" into a name read backwards), no reserved
 * Windows device name (CON, NUL, COM1…), no trailing dot or space, at most 200 UTF-8 bytes, and
 * our extension last — a title that ends in something like ".exe" has that dot replaced.
 */
export function safeFileName(title: string, extension = '.docx'): string {
  let base = title
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(INVISIBLE_FORMAT, '')
    .replace(/\s*:\s*/g, ' - ')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  base = trimEnd(truncateUtf8(base, MAX_BASE_BYTES));
  base = base.replace(/\.([A-Za-z][A-Za-z0-9]{0,4})$/, '_$1');
  if (RESERVED.test(base)) base = base.replace(/^([^.]*?)(\s*)(\.|$)/, '$1_$3');
  return `${base || 'Briefing'}${extension}`;
}

/** Leaves room for the extension and a " (2)" the system may add, within 255 bytes. */
const MAX_BASE_BYTES = 200;
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F]+/g;
/** Bidi controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) and the other invisible format characters but ZWNJ/ZWJ. */
const INVISIBLE_FORMAT =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u180E\u200B\u2060-\u2064\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Windows device names, reserved with any extension and in any case ("con.txt", "Lpt¹"). */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])\s*(\.|$)/i;

function trimEnd(s: string): string {
  return s.replace(/[.\s]+$/, '');
}

/** Cuts to at most max UTF-8 bytes without splitting a character. */
function truncateUtf8(s: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > max) break;
    out += ch;
  }
  return out;
}
