import type { Result } from '../../app/api/result';
import type { Note, NoteStatus } from '../../app/domain/note';
import type { NoteContent } from '../../app/domain/content';
import { callExpected, send } from './client';

/**
 * The note operations the renderer uses. They are written against the names and shapes the store
 * work announced (notes.list/get/create/save with a base revision, notes.setStatus); if the
 * contract names them differently, this file is the one place to change.
 */
export type NoteSummary = Omit<Note, 'content'>;

export interface SavedRevision {
  revision: number;
  updatedAt?: string;
}

export interface NewNote {
  visitId: string;
  title: string;
  template?: string | null;
  classification?: string;
  programmeItemId?: string | null;
}

export const notesApi = {
  list: (visitId: string) => callExpected<NoteSummary[]>('notes.list', { visitId }),
  get: (id: string) => callExpected<Note>('notes.get', { id }),
  create: (input: NewNote) => callExpected<Note>('notes.create', input),
  save: (id: string, baseRevision: number, content: NoteContent): Promise<Result<SavedRevision>> =>
    callExpected<SavedRevision>('notes.save', { id, baseRevision, content }),
  /** Fire-and-forget save for pagehide: the page may be gone before an answer could arrive. */
  saveOnUnload: (id: string, baseRevision: number, content: NoteContent): void =>
    send('notes.save', { id, baseRevision, content }),
  setStatus: (id: string, status: NoteStatus) => callExpected<Note>('notes.setStatus', { id, status }),
};
