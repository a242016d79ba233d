import type { PrintTarget, WordExportTarget } from '../../app/api/desktop';
import type { Result } from '../../app/api/result';
import { call } from './client';
import { desktop } from './desktop';
import { downloadBase64 } from './download';

export type DocumentFormat = 'word' | 'pdf';

const MIME_TYPES: Record<DocumentFormat, string> = {
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** What was saved, or null when the user cancelled the save dialog. */
export type ExportOutcome = { fileName: string; warnings: string[] } | null;

function failed(e: unknown): Result<never> {
  return { ok: false, error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` } };
}

/**
 * Exports a note or a briefing pack to Word or PDF. In the desktop app main asks where to save with
 * the native dialog and writes the file (the page never handles a path); in a browser it is a download.
 */
export async function exportDocument(format: DocumentFormat, target: WordExportTarget): Promise<Result<ExportOutcome>> {
  const shell = desktop();
  if (shell) {
    try {
      const r = await (format === 'word' ? shell.saveWordExport(target) : shell.savePdfExport(target));
      if (!r.ok) return r;
      return { ok: true, value: r.value.saved ? { fileName: r.value.fileName, warnings: r.value.warnings } : null };
    } catch (e) {
      return failed(e);
    }
  }
  const r =
    format === 'pdf'
      ? await call('export.pdf', target)
      : 'noteId' in target
        ? await call('export.note', target)
        : await call('export.pack', target);
  if (!r.ok) return r;
  downloadBase64(r.value.fileName, r.value.base64, MIME_TYPES[format]);
  return { ok: true, value: { fileName: r.value.fileName, warnings: r.value.warnings } };
}

/** Print exists in the desktop app only: the system's dialog for the print view. */
export function canPrint(): boolean {
  return !!desktop();
}

export async function printDocument(target: PrintTarget): Promise<Result<{ printed: boolean }>> {
  const shell = desktop();
  if (!shell)
    return { ok: false, error: { code: 'unavailable', message: 'Printing is available in the desktop app.' } };
  try {
    return await shell.print(target);
  } catch (e) {
    return failed(e);
  }
}
