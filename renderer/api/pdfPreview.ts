import type { PrintTarget } from '../../app/api/desktop';
import type { Result } from '../../app/api/result';
import { call } from './client';
import { desktop } from './desktop';
import { downloadBase64 } from './download';

export type Paper = NonNullable<PrintTarget['paper']>;
export const PAPER_CHOICES: readonly Paper[] = ['A4', 'Letter'];

export interface PreviewPdf {
  fileName: string;
  base64: string;
  pages: number;
  warnings: string[];
}

/**
 * The PDF itself, as Export to PDF makes it (export.pdf: the print view through Chromium, or the
 * desktop app's print window): the preview shows these pages, so what is seen is what prints.
 */
export function previewPdf(target: PrintTarget): Promise<Result<PreviewPdf>> {
  return call('export.pdf', target);
}

/**
 * Export to PDF from the preview. The desktop app asks where with the native dialog (main makes
 * the file again: the page never hands it bytes to write); a browser downloads the bytes shown.
 */
export async function savePreviewedPdf(
  target: PrintTarget,
  shown: PreviewPdf,
): Promise<Result<{ fileName: string } | null>> {
  const shell = desktop();
  if (!shell) {
    downloadBase64(shown.fileName, shown.base64, 'application/pdf');
    return { ok: true, value: { fileName: shown.fileName } };
  }
  try {
    const r = await shell.savePdfExport(target);
    if (!r.ok) return r;
    return { ok: true, value: r.value.saved ? { fileName: r.value.fileName } : null };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` } };
  }
}
