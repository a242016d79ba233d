import fs from 'node:fs';
import path from 'node:path';
import { isAppUrl } from './app-origin';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker (the PDF preview): a module worker needs a JavaScript type to start.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.bdic': 'application/octet-stream',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under root, or undefined when the URL is not the app's own origin
 * (another host, credentials) or tries to leave root (encoded "..", backslashes, absolute paths) —
 * the protocol handler then answers 404.
 */
export function resolveStaticFile(root: string, url: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : undefined;
}

/**
 * The file to serve for an app:// URL: resolved as above, then through every symlink, and
 * served only if the real file is a regular file inside the real renderer folder (a link
 * pointing outside it is refused). Undefined means 404.
 */
export function realStaticFile(root: string, url: string): string | undefined {
  const file = resolveStaticFile(root, url);
  if (!file) return undefined;
  try {
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(file);
    if (!real.startsWith(realRoot + path.sep)) return undefined;
    return fs.statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined; // missing, or a dangling link
  }
}
