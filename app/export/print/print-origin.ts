import fs from 'node:fs';
import { findResource } from '../../files/resources';

/**
 * The origin a print page is loaded from, by the Chromium of the CLI and tests (a route) and by
 * Electron's print window (its session's own https handler): nothing on any network answers
 * ".invalid", and both answer it from memory and resources/ only. The page finds its fonts at
 * fonts/…, relative to itself.
 */
export const PRINT_ORIGIN = 'https://print.invalid';
export const PRINT_PAGE_URL = `${PRINT_ORIGIN}/print.html`;

export const FONT_FILES = [
  'LiberationSans-Regular.ttf',
  'LiberationSans-Bold.ttf',
  'LiberationSans-Italic.ttf',
  'LiberationSans-BoldItalic.ttf',
] as const;

const fontCache = new Map<string, Buffer>();

/** What the print origin serves at `url`: the page itself, or one of the bundled fonts; nothing else. */
export function printResource(url: string, html: string): { body: Buffer; contentType: string } | undefined {
  if (url === PRINT_PAGE_URL) return { body: Buffer.from(html, 'utf8'), contentType: 'text/html; charset=utf-8' };
  const font = FONT_FILES.find((f) => url === `${PRINT_ORIGIN}/fonts/${f}`);
  if (!font) return undefined;
  let body = fontCache.get(font);
  if (!body) fontCache.set(font, (body = fs.readFileSync(findResource(`fonts/${font}`))));
  return { body, contentType: 'font/ttf' };
}
