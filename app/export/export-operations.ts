import type { WordExport } from '../api/contract';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import type { Store } from '../store/store';
import { applyOverride, packSelection, type PackChoice, type PackOverride } from '../domain/pack';
import { exportNote, exportPack, type ExportData, type PackNote } from './document';
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

/** The Word style with what Settings say about who writes (department, author). */
function styleFor(store: Store) {
  const style = loadWordStyle();
  const settings = store.settings.get();
  return {
    settings,
    style: {
      ...style,
      department: settings.department || style.department,
      author: settings.author || style.author,
    },
  };
}

export async function exportNoteDocx(store: Store, noteId: string): Promise<WordExport> {
  const note = store.notes.get(noteId);
  const { style, settings } = styleFor(store);
  const r = await exportNote({ ...note, content: note.content as NoteContent }, exportData(store, note.visitId), {
    style,
    language: settings.language,
  });
  return { fileName: safeFileName(note.title), base64: r.buffer.toString('base64'), warnings: r.warnings };
}

/**
 * The notes of a pack in its order: exactly the ones an export names (`strict`), or those the
 * kept choice puts in (notes written since join at the end); without drafts when the choice says so.
 */
export function packNotes(store: Store, visitId: string, choice: PackChoice, strict = false): PackNote[] {
  const summaries = store.notes.listForVisit(visitId);
  let ids: string[];
  if (strict && choice.noteIds) {
    const known = new Set(summaries.map((n) => n.id));
    for (const id of choice.noteIds)
      if (!known.has(id) && store.notes.get(id).visitId !== visitId)
        throw new AppFailure('invalid_input', `Note ${id} is not a note of this visit.`);
    ids = choice.noteIds;
  } else ids = packSelection(choice, summaries, store.programme.listForVisit(visitId)).included.map((n) => n.id);
  const notes: PackNote[] = [];
  for (const id of ids) {
    const note = store.notes.get(id);
    if (choice.includeDrafts || note.status === 'cleared')
      notes.push({ ...note, content: note.content as NoteContent });
  }
  return notes;
}

export async function exportPackDocx(store: Store, visitId: string, override?: PackOverride): Promise<WordExport> {
  const data = exportData(store, visitId);
  const stored = store.packChoices.get(visitId);
  const choice = applyOverride(stored, override);
  const notes = packNotes(store, visitId, choice, override?.noteIds !== undefined);
  const { style, settings } = styleFor(store);
  const r = await exportPack(notes, data, {
    style,
    language: settings.language,
    classifications: settings.classifications,
    pack: {
      ...choice.cover,
      preparedBy: choice.cover.preparedBy ?? (settings.author || undefined),
      numberedParagraphs: choice.numberedParagraphs,
    },
  });
  return {
    fileName: safeFileName(`Briefing pack - ${data.visit.title}`),
    base64: r.buffer.toString('base64'),
    warnings: r.warnings,
  };
}
