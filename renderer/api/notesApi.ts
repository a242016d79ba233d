import type { InputOf } from '../../app/api/contract';
import type { NoteStatus } from '../../app/domain/note';
import type { NoteContent } from '../../app/domain/content';
import { call, send } from './client';

export type { NoteSummary } from '../../app/domain/note';

/** The note operations the renderer uses, with the one fire-and-forget save for page unload. */
export const notesApi = {
  list: (visitId: string) => call('notes.list', { visitId }),
  get: (id: string) => call('notes.get', { id }),
  create: (input: InputOf<'notes.create'>) => call('notes.create', input),
  /** `content`: Lexical JSON, or that JSON as text (what the editor's autosave sends). */
  save: (id: string, baseRevision: number, content: NoteContent | string) =>
    call('notes.save', { id, baseRevision, content }),
  /** For pagehide: the page may be gone before an answer could arrive. */
  saveOnUnload: (id: string, baseRevision: number, content: NoteContent | string): void =>
    send('notes.save', { id, baseRevision, content }),
  setStatus: (id: string, status: NoteStatus) => call('notes.setStatus', { id, status }),
  /** The kept revisions, newest first, without content. */
  revisions: (id: string) => call('notes.revisions', { id }),
  /** One kept revision with its content, for a preview. */
  revision: (id: string, revision: number) => call('notes.revision', { id, revision }),
  /** Puts a kept revision back as a new revision on top of baseRevision (stale: 'conflict'). */
  restore: (id: string, revision: number, baseRevision: number) =>
    call('notes.restore', { id, revision, baseRevision }),
  remove: (id: string) => call('notes.delete', { id }),
  /** Title, classification or meeting from the note header (recorded in the history). */
  update: (input: InputOf<'notes.update'>) => call('notes.update', input),
  /** A new note from a Word document's bytes (base64). */
  importDocx: (visitId: string, base64: string, title?: string) =>
    call('notes.importDocx', { visitId, base64, ...(title ? { title } : {}) }),
};
