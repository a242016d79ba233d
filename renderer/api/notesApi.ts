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
  save: (id: string, baseRevision: number, content: NoteContent) => call('notes.save', { id, baseRevision, content }),
  /** For pagehide: the page may be gone before an answer could arrive. */
  saveOnUnload: (id: string, baseRevision: number, content: NoteContent): void =>
    send('notes.save', { id, baseRevision, content }),
  setStatus: (id: string, status: NoteStatus) => call('notes.setStatus', { id, status }),
};
