import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import type { PdfRenderer } from '../app/export/pdf/pdf-renderer';
import { DEAD_PROXY } from './network-lockdown';
import { printWebPreferences } from './web-preferences';

/** An in-memory session of its own: nothing the print page does touches the app's session. */
const PRINT_PARTITION = 'briefing-print';

let locked: Session | undefined;
/**
 * The print session allows one thing: loading the print page's own file. No script runs (the
 * window has JavaScript off), no request leaves, no permission is granted.
 */
function printSession(allowed: Set<string>): Session {
  if (locked) return locked;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  void s.setProxy(DEAD_PROXY);
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
  return (locked = s);
}

const allowedPages = new Set<string>();

/**
 * Loads a print page (our own HTML, fonts included as data) in a hidden, locked-down window:
 * no preload, no Node, sandboxed, JavaScript off, its own session. The page goes through a temp
 * file because a data: URL of the size of the page (fonts included) is over Chromium's URL limit.
 */
async function withPrintWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `briefing-print-${crypto.randomBytes(12).toString('hex')}.html`);
  fs.writeFileSync(file, html, { flag: 'wx', mode: 0o600 });
  const url = pathToFileURL(file).href;
  allowedPages.add(url);
  const window = new BrowserWindow({
    show: false,
    webPreferences: printWebPreferences(printSession(allowedPages)),
  });
  try {
    await window.loadURL(url);
    return await use(window);
  } finally {
    allowedPages.delete(url);
    window.destroy();
    fs.rmSync(file, { force: true });
  }
}

/** PDFs through Electron's own Chromium (webContents.printToPDF), the same engine as the CLI's. */
export const electronPdfRenderer: PdfRenderer = {
  render: (html) =>
    withPrintWindow(html, (window) =>
      window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      }),
    ),
  close: async () => {},
};

/** The system's print dialog for a print page; false when the user cancelled or printing failed. */
export function printWithDialog(html: string): Promise<{ printed: boolean; reason?: string }> {
  return withPrintWindow(
    html,
    (window) =>
      new Promise((resolve) =>
        window.webContents.print({ silent: false, printBackground: true }, (printed, reason) =>
          resolve(printed ? { printed } : { printed, reason }),
        ),
      ),
  );
}
