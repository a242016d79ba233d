import { z } from 'zod';
import { Classification } from '../domain/classification';
import type { NoteContent } from '../domain/content';
import type { Cleaned } from '../domain/content/cleaned';
import { ContentError, MAX_CONTENT_CHARS, normaliseContent } from '../domain/content/normalise';
import { Id } from '../domain/ids';
import { NoteStatus, NoteTemplateRef } from '../domain/note';
import { line } from '../domain/text';

/**
 * Lexical JSON through the content allow-list (app/domain/content): cleaned, never refused for
 * what can be made safe; what cannot is reported at its JSON path. With what was cleaned.
 */
export const CleanedContentInput = z.unknown().transform((value, ctx): { content: NoteContent; cleaned: Cleaned } => {
  try {
    // Structure first: it bounds the depth, so measuring the size below cannot overflow the stack.
    const normalised = normaliseContent(value);
    const size = JSON.stringify(normalised.content).length;
    if (size > MAX_CONTENT_CHARS) {
      ctx.addIssue({
        code: 'custom',
        message: `The note is too large to store (${Math.round(size / 1e6)} MB; at most ${MAX_CONTENT_CHARS / 1e6} MB).`,
      });
      return z.NEVER;
    }
    return normalised;
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    const path = e.path
      .split('.')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    ctx.addIssue({ code: 'custom', path, message: e.message.slice(e.path.length + 2) });
    return z.NEVER;
  }
});

/** Lexical JSON, cleaned by the content allow-list: what every save through the contract stores. */
export const NoteContentInput = CleanedContentInput.transform(({ content }) => content);

/**
 * What a save from the editor carries: the Lexical JSON, or the same JSON as text. The editor sends
 * text: a string crosses Electron's context bridge and IPC as one copy, where an object is copied
 * node by node, twice, on the renderer's main thread (~5 ms for a 50-page note, on a key press).
 * Not accepted by the interchange format, whose content is always JSON.
 */
export const SavedContentInput = z
  .unknown()
  .transform((value, ctx) => {
    if (typeof value !== 'string') return value;
    // Bounds the parse; a text this long could not pass the size check below anyway.
    if (value.length > 4 * MAX_CONTENT_CHARS) {
      ctx.addIssue({
        code: 'custom',
        message: `The note is too large to store (at most ${MAX_CONTENT_CHARS / 1e6} MB).`,
      });
      return z.NEVER;
    }
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The note content is not valid JSON.' });
      return z.NEVER;
    }
  })
  .pipe(NoteContentInput);

export const NoteTitle = line('Title', 300);

export const NoteCreateInput = z.strictObject({
  visitId: Id,
  title: NoteTitle,
  template: NoteTemplateRef,
  classification: Classification.optional(),
  programmeItemId: Id.nullish(),
  /** Absent: the template's content (app/templates/starting-content), or an empty page. */
  content: NoteContentInput.optional(),
});

export const NoteSaveInput = z.strictObject({
  id: Id,
  baseRevision: z.number().int().positive(),
  content: SavedContentInput,
  title: NoteTitle.optional(),
});

export const NoteStatusInput = z.strictObject({
  id: Id,
  status: NoteStatus,
  baseRevision: z.number().int().positive().optional(),
});

export const NoteRestoreInput = z.strictObject({
  id: Id,
  revision: z.number().int().positive(),
  baseRevision: z.number().int().positive(),
});

export const NoteRevisionInput = z.strictObject({
  id: Id,
  revision: z.number().int().positive(),
});

/** The note header's details; a change is recorded in the note's history with who made it. */
export const NoteUpdateInput = z
  .strictObject({
    id: Id,
    baseRevision: z.number().int().positive().optional(),
    title: NoteTitle.optional(),
    classification: Classification.optional(),
    /** null: the note is about the whole visit. */
    programmeItemId: Id.nullable().optional(),
  })
  .refine((v) => v.title !== undefined || v.classification !== undefined || v.programmeItemId !== undefined, {
    message: 'give a title, a classification or a programmeItemId to change',
  });
