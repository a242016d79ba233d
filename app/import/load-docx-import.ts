import type * as DocxImport from './docx-to-content';

/**
 * The .docx import, loaded on first use: mammoth, JSZip, happy-dom and Lexical are most of the
 * app's code, and the CLI and the window start without them. `require` where the code runs as
 * CommonJS (the built app and CLI, tsx, Playwright's loader, in which a dynamic import of a .ts
 * file fails); a dynamic import where `require` cannot load TypeScript (vitest).
 */
export async function loadDocxImport(): Promise<typeof DocxImport> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    return require('./docx-to-content') as typeof DocxImport;
  } catch {
    return import('./docx-to-content');
  }
}
