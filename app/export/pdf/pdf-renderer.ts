/**
 * Turns a self-contained print page into PDF bytes. The desktop app renders with Electron's
 * printToPDF in a hidden, locked-down window; the CLI and the tests with Chromium through
 * its DevTools pipe (cdp-pipe.ts). Both are Chromium: the same page gives the same pages.
 */
export interface PdfRenderer {
  /** The page as a PDF: CSS page size and margins, backgrounds, tagged, with a document outline. */
  render(html: string): Promise<Buffer>;
  /** Frees the browser, if the renderer started one. */
  close(): Promise<void>;
}
