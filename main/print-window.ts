import { BrowserWindow, session, type Session } from 'electron';
import type { PdfRenderer } from '../app/export/pdf/pdf-renderer';
import { PRINT_ORIGIN, PRINT_PAGE_URL, printResource } from '../app/export/print/print-origin';
import { DEAD_PROXY } from './network-lockdown';
import { printWebPreferences } from './web-preferences';

/** An in-memory session of its own: nothing the print page does touches the app's session. */
const PRINT_PARTITION = 'briefing-print';

/** The page the print window shows now (one job at a time: see `queue`). */
let currentPage = '';
let locked: Session | undefined;

/**
 * The print session serves one origin, https://print.invalid, from memory (the page) and
 * resources/ (its fonts), as the CLI's Chromium does; every other request is cancelled, the proxy
 * is dead, no permission is granted, and the window runs no script.
 */
function printSession(): Session {
  if (locked) return locked;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  void s.setProxy(DEAD_PROXY);
  s.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith(`${PRINT_ORIGIN}/`) }),
  );
  s.protocol.handle('https', (request) => {
    const resource = printResource(request.url, currentPage);
    return resource
      ? new Response(new Uint8Array(resource.body), { headers: { 'content-type': resource.contentType } })
      : new Response(null, { status: 404 });
  });
  return (locked = s);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Loads a print page in a hidden, locked-down window (no preload, no Node, sandboxed, JavaScript
 * off, its own session) and hands it to `use`. Jobs run one after the other: the print origin
 * serves one page at a time.
 */
function withPrintWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const job = queue.then(async () => {
    currentPage = html;
    const window = new BrowserWindow({
      show: false,
      webPreferences: printWebPreferences(printSession()),
    });
    try {
      await window.loadURL(PRINT_PAGE_URL);
      return await use(window);
    } finally {
      window.destroy();
      currentPage = '';
    }
  });
  queue = job.catch(() => undefined);
  return job;
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

/** The system's print dialog for a print page; printed false when the user cancelled or it failed. */
export function printWithDialog(html: string): Promise<{ printed: boolean }> {
  return withPrintWindow(
    html,
    (window) =>
      new Promise((resolve) =>
        window.webContents.print({ silent: false, printBackground: true }, (printed) => resolve({ printed })),
      ),
  );
}
