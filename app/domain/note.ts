import { z } from 'zod';
import { XML_UNSAFE } from './text';

export const NOTE_STATUSES = ['draft', 'review', 'cleared'] as const;
export const NoteStatus = z.enum(NOTE_STATUSES, { error: `status must be one of ${NOTE_STATUSES.join(', ')}` });
export type NoteStatus = z.infer<typeof NoteStatus>;

/**
 * The templates built into the app. A note remembers which one it came from; user templates
 * have their own ids.
 */
export const BUILT_IN_TEMPLATES = [
  'scene-setter',
  'meeting-brief',
  'talking-points',
  'biographical-note',
  'record-of-conversation',
  'background-note',
] as const;

const XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, 'gu');

/**
 * The template a note came from, as sent by a caller or a visit file: a name, never text to
 * show, so NUL, other characters XML cannot carry and lone surrogates are removed (an id with
 * nothing left is no template).
 */
export const NoteTemplateRef = z
  .string()
  .max(100)
  .transform((s) => s.replace(XML_UNSAFE_ALL, '') || null)
  .nullish();

export interface Note {
  id: string;
  visitId: string;
  programmeItemId: string | null;
  title: string;
  template: string | null;
  status: NoteStatus;
  classification: string;
  /** Lexical SerializedEditorState: the source of truth. */
  content: unknown;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A note as listed: everything but its content. */
export type NoteSummary = Omit<Note, 'content'>;

export type RevisionReason = 'created' | 'edit' | 'status' | 'reopened' | 'restored';

/** One entry of a note's history. */
export interface RevisionInfo {
  revision: number;
  reason: RevisionReason;
  title: string;
  status: NoteStatus;
  createdAt: string;
}

/** One entry of a note's history with the content it kept, for a read-only preview. */
export interface RevisionSnapshot extends RevisionInfo {
  /** Lexical SerializedEditorState. */
  content: unknown;
}
