import type { WordExport } from '../api/contract';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import type { Store } from '../store/store';
import { safeFileName } from '../files/safe-file-name';
import { exportNote, exportPack, type ExportData } from './document';
import { loadWordStyle } from './style';

/** Kept here for its callers; the rule lives in app/files/safe-file-name.ts. */
export { safeFileName };

export function exportData(store: Store, visitId: string): ExportData {
  return {
    visit: store.visits.get(visitId),
    people: store.people.listForVisit(visitId),
    programme: store.programme.listForVisit(visitId),
  };
}

export async function exportNoteDocx(store: Store, noteId: string): Promise<WordExport> {
  const note = store.notes.get(noteId);
  const r = await exportNote({ ...note, content: note.content as NoteContent }, exportData(store, note.visitId), {
    style: loadWordStyle(),
  });
  return { fileName: safeFileName(note.title), base64: r.buffer.toString('base64'), warnings: r.warnings };
}

export async function exportPackDocx(store: Store, visitId: string, noteIds?: readonly string[]): Promise<WordExport> {
  const data = exportData(store, visitId);
  const summaries = store.notes.listForVisit(visitId);
  const chosen = noteIds ?? summaries.map((n) => n.id);
  const notes = chosen.map((id) => {
    const note = store.notes.get(id);
    if (note.visitId !== visitId) throw new AppFailure('invalid_input', `Note ${id} is not a note of this visit.`);
    return { ...note, content: note.content as NoteContent };
  });
  const style = loadWordStyle();
  const { department } = store.settings.get();
  const r = await exportPack(notes, data, { style: { ...style, department: department || style.department } });
  return {
    fileName: safeFileName(`Briefing pack - ${data.visit.title}`),
    base64: r.buffer.toString('base64'),
    warnings: r.warnings,
  };
}
