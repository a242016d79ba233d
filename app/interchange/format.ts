import { z } from 'zod';
import { CleanedContentInput } from '../api/note-schemas';
import { Classification } from '../domain/classification';
import { FIELD_KINDS } from '../domain/content';
import { Id } from '../domain/ids';
import { PackChoice } from '../domain/pack';
import { BUILT_IN_TEMPLATES, NoteStatus, NoteTemplateRef } from '../domain/note';
import { PersonFields } from '../domain/person';
import { endNotBeforeStartTime, ProgrammeItemShape } from '../domain/programme';
import { endNotBeforeStart, VisitFields } from '../domain/visit';
import { line, optionalLine, prose } from '../domain/text';

/**
 * The public interchange format (design §4): one visit, its people, programme and notes, in one
 * JSON file, and the user's own templates. Version 1. Unknown extra fields are ignored (a newer
 * laptop may add some); a missing or mistyped field is an error naming its JSON path.
 *
 * `templates` was added to version 1 without a version bump: it is optional (a file without it
 * imports as before) and a version-1 reader that predates it ignores it as an unknown field, as
 * §4 promises, and still gets the whole visit. A bump would have made those readers refuse every
 * new file for the sake of a part they can do without. `visit.pack` (the briefing pack chosen
 * for the visit) was added the same way, for the same reason.
 */
export const FORMAT = 'briefing.visit';
/**
 * Version 2: template prompts are placeholder nodes ({ "type": "placeholder", "version": 1,
 * "text": "…" }, the prompt without brackets) and a cleared note may carry its `clearance`.
 * Version 1 files are still read: their italic "[…]" prompts become placeholders on import.
 */
export const FORMAT_VERSION = 2;
/** Every version this app reads. */
export const READABLE_VERSIONS = [1, 2] as const;

/** A visit file larger than this is refused before it is parsed (a real one is a few MB at most). */
export const MAX_VISIT_FILE_BYTES = 64 * 1024 * 1024;

const Timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' });

export const InterchangeVisit = VisitFields.extend({
  id: Id,
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  /** The briefing pack chosen for the visit (optional, additive: older readers ignore it). */
  pack: PackChoice.optional(),
}).superRefine(endNotBeforeStart);

export const InterchangePerson = PersonFields.extend({ id: Id });

export const InterchangeProgrammeItem = ProgrammeItemShape.extend({
  id: Id,
  /** The iCalendar UID the item came in with (optional, additive: older files have none). */
  uid: optionalLine('Calendar UID', 500),
}).superRefine(endNotBeforeStartTime);

export const InterchangeNote = z.object({
  id: Id,
  title: line('Title', 300),
  template: NoteTemplateRef,
  programmeItemId: Id.nullish(),
  status: NoteStatus.default('draft'),
  classification: Classification,
  content: CleanedContentInput,
  revision: z.number().int().positive().optional(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  /** A cleared note's clearance: who, when, and the field values it was cleared with. */
  clearance: z
    .object({
      by: z.string().max(200),
      at: Timestamp,
      fields: z.partialRecord(z.enum(FIELD_KINDS), z.string().max(10_000).nullable()),
    })
    .nullish(),
});

/** A user template (app/store/templates): Lexical JSON cleaned exactly like a note's content. */
export const InterchangeTemplate = z.object({
  id: Id.refine((id) => !(BUILT_IN_TEMPLATES as readonly string[]).includes(id), {
    message: 'is the id of a built-in template',
  }),
  name: line('Name', 300),
  description: prose('Description', 2_000).default(''),
  content: CleanedContentInput,
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
});

export const InterchangeFile = z.object({
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  version: z.literal(READABLE_VERSIONS, {
    error: `must be ${READABLE_VERSIONS.join(' or ')} (the versions this version of Briefing reads)`,
  }),
  visit: InterchangeVisit,
  people: z.array(InterchangePerson).max(10_000).default([]),
  programme: z.array(InterchangeProgrammeItem).max(10_000).default([]),
  notes: z.array(InterchangeNote).max(100_000).default([]),
  templates: z.array(InterchangeTemplate).max(1_000).default([]),
});

export type InterchangeFile = z.output<typeof InterchangeFile>;
/** The JSON as written: what export produces and import accepts. */
export type InterchangeJson = z.input<typeof InterchangeFile>;
