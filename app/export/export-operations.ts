import type { WordExport } from '../api/contract';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import type { Store } from '../store/store';
import { exportNote, exportPack, type ExportData } from './document';
import { loadWordStyle } from './style';

/** A file name that every file system accepts, from a note or visit title. */
export function safeFileName(title: string): string {
  const base = title
    .replace(/\s*:\s*/g, ' - ')
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed
    .replace(/[\\/:*?"<>|\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Briefing'}.docx`;
}

function exportData(store: Store, visitId: string): ExportData {
  return {
    visit: store.visits.get(visitId),
    people: store.people.listForVisit(visitId),
    programme: store.programme.listForVisit(visitId),
  };
}

export async function exportNoteDocx(
  store: Store,
  noteId: string,
  choices: { keepPlaceholders?: boolean } = {},
): Promise<WordExport> {
  const note = store.notes.get(noteId);
  const r = await exportNote({ ...note, content: note.content as NoteContent }, exportData(store, note.visitId), {
    style: loadWordStyle(),
    keepPlaceholders: choices.keepPlaceholders,
  });
  return { fileName: safeFileName(note.title), base64: r.buffer.toString('base64'), warnings: r.warnings };
}

export async function exportPackDocx(
  store: Store,
  visitId: string,
  noteIds?: readonly string[],
  choices: { keepPlaceholders?: boolean } = {},
): Promise<WordExport> {
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
  const r = await exportPack(notes, data, {
    style: { ...style, department: department || style.department },
    keepPlaceholders: choices.keepPlaceholders,
  });
  return {
    fileName: safeFileName(`Briefing pack - ${data.visit.title}`),
    base64: r.buffer.toString('base64'),
    warnings: r.warnings,
  };
}
