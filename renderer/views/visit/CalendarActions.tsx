import { useRef, useState } from 'react';
import { exportCalendar, importCalendar } from '../../api/calendar';
import { useToast } from '../common/Toast';

/** "Export to calendar" and "Import from calendar…" for a visit's programme; the outcome in the toast. */
export function CalendarActions({ visitId, onImported }: { visitId: string; onImported: () => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const setMessage = (m: { kind: 'error' | 'done'; text: string }) =>
    toast({ kind: m.kind === 'error' ? 'error' : 'info', text: m.text });

  async function runExport() {
    setBusy(true);
    const r = await exportCalendar(visitId);
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: `Could not export: ${r.error.message}` });
    if (r.value) setMessage({ kind: 'done', text: `Exported ${r.value.fileName}` });
  }

  async function runImport(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const r = await importCalendar(visitId, file);
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!r.ok) return setMessage({ kind: 'error', text: `${file.name} was not imported: ${r.error.message}` });
    const { added, updated, warnings } = r.value;
    // Warnings (a repeating event with no end, capped, partly outside the visit) follow the count.
    // Warnings (occurrences left out, a rule with no end) stay until read and closed.
    toast({
      kind: warnings.length ? 'warning' : 'info',
      text: [`${file.name}: ${added} added, ${updated} updated`, ...warnings].join(' '),
    });
    await onImported();
  }

  return (
    <span className="export-action calendar-actions">
      <button type="button" className="button" disabled={busy} onClick={() => void runExport()}>
        Export to calendar
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
        Import from calendar…
      </button>
      <input
        ref={input}
        type="file"
        accept=".ics,text/calendar"
        hidden
        aria-label="Calendar file to import"
        onChange={(e) => void runImport(e.target.files?.[0])}
      />
    </span>
  );
}
