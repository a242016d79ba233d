import { useState } from 'react';
import type { WordExportTarget } from '../../../app/api/desktop';
import { exportDocument, type DocumentFormat } from '../../api/documentExport';
import { errorInWords } from '../../api/errorWords';

/** "Export to Word" or "Export to PDF" for a note or a whole briefing pack, with what the export had to warn about. */
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
  const [message, setMessage] = useState<{ kind: 'error' | 'warning' | 'done'; text: string } | null>(null);
  // Placeholders and missing fields are left out unless the user asks, after a warning, to keep them.
  const [kept, setKept] = useState(false);

  async function run(keepPlaceholders = false) {
    setBusy(true);
    setMessage(null);
    setKept(keepPlaceholders);
    await before?.();
    const r = await exportDocument(format, keepPlaceholders ? { ...target, keepPlaceholders } : target);
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: `Could not export: ${errorInWords(r.error)}` });
    if (!r.value) return; // the save dialog was cancelled
    setMessage(
      r.value.warnings.length
        ? {
            kind: 'warning',
            text: `Exported with ${r.value.warnings.length} warning(s): ${r.value.warnings.join('; ')}`,
          }
        : { kind: 'done', text: `Exported ${r.value.fileName}` },
    );
  }

  return (
    <span className="export-action">
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : label}
      </button>
      {message && (
        <span
          role={message.kind === 'error' ? 'alert' : 'status'}
          aria-label="Export"
          className={`export-message export-${message.kind}`}
        >
          {message.text}
          {message.kind === 'warning' && !kept && (
            <>
              {' '}
              <button type="button" className="button link" disabled={busy} onClick={() => void run(true)}>
                Export again with placeholders kept
              </button>
            </>
          )}
        </span>
      )}
    </span>
  );
}
