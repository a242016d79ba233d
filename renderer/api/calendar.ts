import type { Result } from '../../app/api/result';
import { call } from './client';
import { desktop } from './desktop';

/** What was saved, or null when the save dialog was cancelled. */
export type CalendarExportOutcome = { fileName: string } | null;

/**
 * The visit's programme as an .ics file: in the desktop app main asks where to save it (as for
 * Word); in a browser it is a download.
 */
export async function exportCalendar(visitId: string): Promise<Result<CalendarExportOutcome>> {
  const shell = desktop();
  if (shell?.saveCalendarExport) {
    try {
      const r = await shell.saveCalendarExport({ visitId });
      if (!r.ok) return r;
      return { ok: true, value: r.value.saved ? { fileName: r.value.fileName } : null };
    } catch (e) {
      return {
        ok: false,
        error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` },
      };
    }
  }
  const r = await call('calendar.export', { visitId });
  if (!r.ok) return r;
  const url = URL.createObjectURL(new Blob([r.value.text], { type: 'text/calendar' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.value.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: { fileName: r.value.fileName } };
}

/** Reads an .ics file the user picked and adds (or updates, by UID) its events in the programme. */
export async function importCalendar(visitId: string, file: File) {
  if (file.size > 5_000_000) {
    return {
      ok: false as const,
      error: { code: 'invalid_input', message: `${file.name} is too large for a calendar file (at most 5 MB).` },
    };
  }
  return call('calendar.import', { visitId, text: await file.text() });
}
