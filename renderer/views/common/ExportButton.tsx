import { useState } from 'react';
import type { WordExportTarget } from '../../../app/api/desktop';
import { exportDocument, type DocumentFormat } from '../../api/documentExport';
import { errorInWords } from '../../api/errorWords';
import { useToast } from './Toast';

/**
 * "Export to Word" or "Export to PDF" for a note or a whole briefing pack. What happened (and what
 * the export had to warn about) is said in the window's toast, so the buttons beside it never move.
 */
export function ExportButton({
  target,
  label,
  format = 'word',
  before,
}: {
  target: WordExportTarget;
  label: string;
  format?: DocumentFormat;
  before?: () => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  // Placeholders and missing fields are left out unless the user asks, after a warning, to keep them.
  async function run(keepPlaceholders = false) {
    setBusy(true);
    await before?.();
    const r = await exportDocument(format, keepPlaceholders ? { ...target, keepPlaceholders } : target);
    setBusy(false);
    if (!r.ok) return toast({ kind: 'error', text: `Could not export: ${errorInWords(r.error)}` });
    if (!r.value) return; // the save dialog was cancelled
    const { warnings, fileName } = r.value;
    if (!warnings.length) return toast({ text: `Exported ${fileName}` });
    toast({
      kind: 'warning',
      text: `Exported with ${warnings.length} warning(s): ${warnings.join('; ')}`,
      action: keepPlaceholders
        ? undefined
        : { label: 'Export again with placeholders kept', run: () => void run(true) },
    });
  }

  return (
    <span className="export-action">
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {/* Both labels take the same cell, one hidden: the button keeps its width while exporting. */}
        <span className="steady-label">
          <span aria-hidden={busy}>{label}</span>
          <span aria-hidden={!busy}>Exporting…</span>
        </span>
      </button>
    </span>
  );
}
