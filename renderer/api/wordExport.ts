import type { WordExportTarget } from '../../app/api/desktop';
import type { Result } from '../../app/api/result';
import { call } from './client';
import { desktop } from './desktop';
import { downloadBase64 } from './download';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What was saved, or null when the user cancelled the save dialog. */
export type WordExportOutcome = { fileName: string; warnings: string[] } | null;

/**
 * Exports a note or a briefing pack to Word. In the desktop app main asks where to save with the
 * native dialog and writes the file (the page never handles a path); in a browser it is a download.
 */
export async function exportToWord(target: WordExportTarget): Promise<Result<WordExportOutcome>> {
  const shell = desktop();
  if (shell) {
    try {
      const r = await shell.saveWordExport(target);
      if (!r.ok) return r;
      return { ok: true, value: r.value.saved ? { fileName: r.value.fileName, warnings: r.value.warnings } : null };
    } catch (e) {
      return {
        ok: false,
        error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` },
      };
    }
  }
  const r = 'noteId' in target ? await call('export.note', target) : await call('export.pack', target);
  if (!r.ok) return r;
  downloadBase64(r.value.fileName, r.value.base64, DOCX);
  return { ok: true, value: { fileName: r.value.fileName, warnings: r.value.warnings } };
}
