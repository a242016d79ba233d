import { cleanString } from './text-cleaning';

/** Longer addresses are not links a person follows; they are payloads. */
export const MAX_URL_LENGTH = 2048;

/** The only query parameters a mailto: link keeps (`attach=` and the like are honoured by some clients). */
const MAILTO_PARAMETERS = new Set(['subject', 'cc', 'bcc', 'body']);

export type SafeUrl = { url: string; changed: boolean } | null;

// eslint-disable-next-line no-control-regex -- the URL standard strips these at both ends
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/** Keeps the mailto: query parameters a mail client may honour without surprise. */
function safeMailto(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const kept = url
    .slice(q + 1)
    .split('&')
    .filter((pair) => {
      const key = pair.split('=')[0]!;
      let name: string;
      try {
        name = decodeURIComponent(key);
      } catch {
        return false;
      }
      return MAILTO_PARAMETERS.has(name.trim().toLowerCase());
    });
  return kept.length ? `${url.slice(0, q)}?${kept.join('&')}` : url.slice(0, q);
}

/**
 * A link address as the store keeps it: http, https or mailto only (mailto with subject, cc, bcc
 * and body only), at most 2,048 characters, nothing XML cannot carry. Tabs, newlines and control
 * characters that a browser would skip are taken out before the scheme is read, so
 * "java\tscript:" is read as what it is. Null: the link must become plain text.
 */
export function safeLinkUrl(value: unknown): SafeUrl {
  if (typeof value !== 'string') return null;
  let url = value.replace(TAB_OR_NEWLINE, '').replace(EDGE_CONTROLS, '');
  url = cleanString(url, '').text;
  if (url === '' || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  switch (parsed.protocol) {
    case 'http:':
    case 'https:':
      if (!parsed.hostname) return null;
      break;
    case 'mailto:':
      url = safeMailto(url);
      break;
    default:
      return null;
  }
  return { url, changed: url !== value };
}
