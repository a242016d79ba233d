import { useState } from 'react';
import type { WordExportTarget } from '../../../app/api/desktop';
import { exportToWord } from '../../api/wordExport';
import { errorInWords } from '../../api/errorWords';

/** "Export to Word" for a note or a whole briefing pack, with what the export had to warn about. */
export function ExportButton({
  target,
  label,
  before,
}: {
  target: WordExportTarget;
  label: string;
  before?: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'warning' | 'done'; text: string } | null>(null);

  async function run() {
    setBusy(true);
    setMessage(null);
    await before?.();
    const r = await exportToWord(target);
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
        </span>
      )}
    </span>
  );
}
