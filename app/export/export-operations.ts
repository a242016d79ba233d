import type { WordExport } from '../api/contract';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import { applyOverride, packSelection, type PackChoice, type PackOverride } from '../domain/pack';
import type { Store } from '../store/store';
import { safeFileName } from '../files/safe-file-name';
import type { JobOf } from '../jobs/protocol';
import { exportNote, exportPack, type ExportData, type PackNote } from './document';
import { loadWordStyle } from './style';

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

/** The Word style with what Settings say about who writes (department, author). */
export function styleFor(store: Store) {
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

/**
 * The rows a note's export needs, read on the main side: the job worker gets plain data and
 * never opens the database.
 */
export function noteExportJob(store: Store, noteId: string, choices: ExportChoices = {}): JobOf<'export.note'> {
  const note = store.notes.get(noteId);
  const { style, settings } = styleFor(store);
  return {
    kind: 'export.note',
    note: { ...note, content: note.content as NoteContent },
    data: exportData(store, note.visitId),
    style,
    language: settings.language,
    ...choices,
  };
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

/** The visit's kept pack choice with an export's own options over it. */
export function packChoiceFor(store: Store, visitId: string, override?: PackOverride) {
  const choice = applyOverride(store.packChoices.get(visitId), override);
  return { choice, notes: packNotes(store, visitId, choice, override?.noteIds !== undefined) };
}

/** The rows a briefing pack needs: the notes its choice puts in, in order, and the installation's settings. */
export function packExportJob(
  store: Store,
  visitId: string,
  override?: PackOverride,
  choices: ExportChoices = {},
): JobOf<'export.pack'> {
  const data = exportData(store, visitId);
  const { choice, notes } = packChoiceFor(store, visitId, override);
  const { style, settings } = styleFor(store);
  return {
    kind: 'export.pack',
    notes,
    data,
    style,
    language: settings.language,
    classifications: settings.classifications,
    pack: {
      ...choice.cover,
      preparedBy: choice.cover.preparedBy ?? (settings.author || undefined),
      numberedParagraphs: choice.numberedParagraphs,
    },
    ...choices,
  };
}

/** The CPU-heavy half of a note's export: pure, over the job's data (runs in the job worker). */
export async function makeNoteExport(job: JobOf<'export.note'>): Promise<WordExport> {
  const r = await exportNote(job.note, job.data, {
    style: job.style,
    language: job.language,
    keepPlaceholders: job.keepPlaceholders,
  });
  return { fileName: safeFileName(job.note.title), base64: r.buffer.toString('base64'), warnings: r.warnings };
}

/** The CPU-heavy half of a pack's export (runs in the job worker). */
export async function makePackExport(job: JobOf<'export.pack'>): Promise<WordExport> {
  const r = await exportPack(job.notes, job.data, {
    style: job.style,
    language: job.language,
    classifications: job.classifications,
    pack: job.pack,
    keepPlaceholders: job.keepPlaceholders,
  });
  return {
    fileName: safeFileName(`Briefing pack - ${job.data.visit.title}`),
    base64: r.buffer.toString('base64'),
    warnings: r.warnings,
  };
}

/** A note's export in this thread, without a budget (benches, and tests of the exporter itself). */
export const exportNoteDocx = (store: Store, noteId: string, choices: ExportChoices = {}) =>
  makeNoteExport(noteExportJob(store, noteId, choices));

/** A pack's export in this thread, without a budget. */
export const exportPackDocx = (store: Store, visitId: string, override?: PackOverride, choices: ExportChoices = {}) =>
  makePackExport(packExportJob(store, visitId, override, choices));
