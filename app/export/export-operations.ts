import type { WordExport } from '../api/contract';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import type { Store } from '../store/store';
import { safeFileName } from '../files/safe-file-name';
import { exportNote, exportPack, type ExportData } from './document';
import { loadWordStyle } from './style';
import type { JobOf } from '../jobs/protocol';

/** Kept here for its callers; the rule lives in app/files/safe-file-name.ts. */
export { safeFileName };

/** What the user chose for an export: placeholders are left out unless kept. */
export interface ExportChoices {
  keepPlaceholders?: boolean;
}

export function exportData(store: Store, visitId: string): ExportData {
  return {
    visit: store.visits.get(visitId),
    people: store.people.listForVisit(visitId),
    programme: store.programme.listForVisit(visitId),
  };
}

/**
 * The rows a note's export needs, read on the main side: the job worker gets plain data and
 * never opens the database.
 */
export function noteExportJob(store: Store, noteId: string, choices: ExportChoices = {}): JobOf<'export.note'> {
  const note = store.notes.get(noteId);
  return {
    kind: 'export.note',
    note: { ...note, content: note.content as NoteContent },
    data: exportData(store, note.visitId),
    style: loadWordStyle(),
    ...choices,
  };
}

/** The rows a briefing pack needs (every note of the visit, or the chosen ones). */
export function packExportJob(
  store: Store,
  visitId: string,
  noteIds?: readonly string[],
  choices: ExportChoices = {},
): JobOf<'export.pack'> {
  const data = exportData(store, visitId);
  const chosen = noteIds ?? store.notes.listForVisit(visitId).map((n) => n.id);
  const notes = chosen.map((id) => {
    const note = store.notes.get(id);
    if (note.visitId !== visitId) throw new AppFailure('invalid_input', `Note ${id} is not a note of this visit.`);
    return { ...note, content: note.content as NoteContent };
  });
  const style = loadWordStyle();
  const { department } = store.settings.get();
  return {
    kind: 'export.pack',
    notes,
    data,
    style: { ...style, department: department || style.department },
    ...choices,
  };
}

/** The CPU-heavy half of a note's export: pure, over the job's data (runs in the job worker). */
export async function makeNoteExport(job: JobOf<'export.note'>): Promise<WordExport> {
  const r = await exportNote(job.note, job.data, { style: job.style, keepPlaceholders: job.keepPlaceholders });
  return { fileName: safeFileName(job.note.title), base64: r.buffer.toString('base64'), warnings: r.warnings };
}

/** The CPU-heavy half of a pack's export (runs in the job worker). */
export async function makePackExport(job: JobOf<'export.pack'>): Promise<WordExport> {
  const r = await exportPack(job.notes, job.data, { style: job.style, keepPlaceholders: job.keepPlaceholders });
  return {
    fileName: safeFileName(`Briefing pack - ${job.data.visit.title}`),
    base64: r.buffer.toString('base64'),
    warnings: r.warnings,
  };
}

/** A note's export in this thread, without a budget (benches and tests of the exporter). */
export async function exportNoteDocx(store: Store, noteId: string): Promise<WordExport> {
  return makeNoteExport(noteExportJob(store, noteId));
}

/** A pack's export in this thread, without a budget (benches and tests of the exporter). */
export async function exportPackDocx(store: Store, visitId: string, noteIds?: readonly string[]): Promise<WordExport> {
  return makePackExport(packExportJob(store, visitId, noteIds));
}
