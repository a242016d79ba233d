/** The link schemes a briefing may carry (the exporter writes the same ones to Word). */
export const ALLOWED_LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

export type LinkCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Accepts http, https and mailto links only. A bare "example.org" is read as https; anything
 * else (javascript:, data:, file:, ...) is refused with a message the user can act on.
 */
export function checkLinkUrl(input: string): LinkCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter a web address (https://…) or an e-mail address (mailto:…).' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : text.includes('@') && !text.includes('/') ? `mailto:${text}` : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, message: `“${text}” is not a valid address.` };
  }
  if (!(ALLOWED_LINK_SCHEMES as readonly string[]).includes(url.protocol)) {
    return {
      ok: false,
      message: `Links must start with http://, https:// or mailto: — “${url.protocol}” links are not allowed.`,
    };
  }
  if (url.protocol !== 'mailto:' && !url.hostname) return { ok: false, message: `“${text}” has no host name.` };
  return { ok: true, url: url.protocol === 'mailto:' ? candidate : url.href };
}

export function isAllowedLinkUrl(url: string): boolean {
  const r = checkLinkUrl(url);
  return r.ok && /^[a-z]+:/i.test(url.trim());
}
