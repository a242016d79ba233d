import { isAppUrl } from './app-origin';

/** Schemes a link in a note may open, in the system browser or mail client. */
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

export function isOpenableExternally(url: string): boolean {
  try {
    const u = new URL(url);
    return EXTERNAL_SCHEMES.has(u.protocol) && (u.protocol === 'mailto:' || u.hostname !== '');
  } catch {
    return false;
  }
}

/** Navigation inside the window: only between the app's own pages. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/**
 * What to do with a request for a new window (a link with target=_blank, window.open): never a
 * new Electron window; a safe external link goes to the system browser.
 */
export function newWindowDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isOpenableExternally(url) };
}

/** The only network the session allows: the app's own files (and in-page data/blob URLs). */
export function isAllowedRequest(url: string): boolean {
  return (
    isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:app://briefing/') || url.startsWith('devtools:')
  );
}
