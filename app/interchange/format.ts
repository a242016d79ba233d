import { z } from 'zod';
import { NoteContentInput } from '../api/note-schemas';
import { Classification } from '../domain/classification';
import { Id } from '../domain/ids';
import { NoteStatus } from '../domain/note';
import { PersonFields } from '../domain/person';
import { endNotBeforeStartTime, ProgrammeItemShape } from '../domain/programme';
import { endNotBeforeStart, VisitFields } from '../domain/visit';
import { line } from '../domain/text';

/**
 * The public interchange format (design §4): one visit, its people, programme and notes, in one
 * JSON file. Version 1. Unknown extra fields are ignored (a newer laptop may add some); a missing
 * or mistyped field is an error naming its JSON path.
 */
export const FORMAT = 'briefing.visit';
export const FORMAT_VERSION = 1;

const Timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' });

export const InterchangeVisit = VisitFields.extend({
  id: Id,
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
}).superRefine(endNotBeforeStart);

export const InterchangePerson = PersonFields.extend({ id: Id });

export const InterchangeProgrammeItem = ProgrammeItemShape.extend({ id: Id }).superRefine(endNotBeforeStartTime);

export const InterchangeNote = z.object({
  id: Id,
  title: line('Title', 300),
  template: z.string().max(100).nullish(),
  programmeItemId: Id.nullish(),
  status: NoteStatus.default('draft'),
  classification: Classification,
  content: NoteContentInput,
  revision: z.number().int().positive().optional(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
});

export const InterchangeFile = z.object({
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  version: z.literal(FORMAT_VERSION, {
    error: `must be ${FORMAT_VERSION} (this version of Briefing reads version ${FORMAT_VERSION} files)`,
  }),
  visit: InterchangeVisit,
  people: z.array(InterchangePerson).max(10_000).default([]),
  programme: z.array(InterchangeProgrammeItem).max(10_000).default([]),
  notes: z.array(InterchangeNote).max(100_000).default([]),
});

export type InterchangeFile = z.output<typeof InterchangeFile>;
/** The JSON as written: what export produces and import accepts. */
export type InterchangeJson = z.input<typeof InterchangeFile>;
