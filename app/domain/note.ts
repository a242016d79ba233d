import { z } from 'zod';
import type { FrozenFields } from './content';
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
  /** Who cleared the note, when, and the field values it was cleared with; null unless cleared. */
  clearance: Clearance | null;
}

export interface Clearance {
  /** The author name from Settings at the time ("Unknown author" when none was set). */
  by: string;
  at: string;
  /** The values the note's fields showed when it was cleared (app/templates/freeze.ts). */
  fields: FrozenFields;
}

/** Who an entry of the history is recorded as when Settings has no author name. */
export const UNKNOWN_AUTHOR = 'Unknown author';

/** A note as listed: everything but its content. */
export type NoteSummary = Omit<Note, 'content'>;

export type RevisionReason = 'created' | 'edit' | 'status' | 'reopened' | 'restored' | 'details';

/** One entry of a note's history. */
export interface RevisionInfo {
  revision: number;
  reason: RevisionReason;
  title: string;
  status: NoteStatus;
  createdAt: string;
  /** Who made the change (status, details), when recorded; absent for edits and older entries. */
  by?: string;
  /** What changed, e.g. "Classification raised: OFFICIAL → RESTRICTED". */
  detail?: string;
}

/** One entry of a note's history with the content it kept, for a read-only preview. */
export interface RevisionSnapshot extends RevisionInfo {
  /** Lexical SerializedEditorState. */
  content: unknown;
}
