import { z } from 'zod';
import { Id } from '../domain/ids';
import type { Note, NoteSummary, RevisionInfo, RevisionSnapshot } from '../domain/note';
import { PersonFields, type Person } from '../domain/person';
import { endNotBeforeStartTime, ProgrammeItemShape, type ProgrammeItem } from '../domain/programme';
import { endNotBeforeStart, VisitFields, VisitInput, type Visit, type VisitSummary } from '../domain/visit';
import type { SearchHit } from '../domain/search';
import type { InterchangeJson } from '../interchange/format';
import type { ImportResult } from '../interchange/import';
import type { CheckReport } from '../store/backup';
import type { CalendarExport, CalendarImportResult } from '../calendar/operations';
import { Settings } from '../store/settings';
import type { UserTemplate } from '../store/templates';
import { NoteContentInput, NoteTitle } from './note-schemas';
import { NoteCreateInput, NoteRestoreInput, NoteRevisionInput, NoteSaveInput, NoteStatusInput } from './note-schemas';
import { prose } from '../domain/text';

/**
 * Every operation the app offers: its name, the schema its input is parsed with, and the type of
 * its output. main/ binds each one to IPC, the preload exposes each one on window.briefing, the
 * CLI and the browser test harness call the same handlers. Adding an operation here is the only
 * way to add one.
 */
export interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}

const NoInput = z.strictObject({}).optional();
const ById = z.strictObject({ id: Id });

export interface WordExport {
  /** A file name to offer, e.g. "Meeting brief - Vice-President Fuat Oktay.docx". */
  fileName: string;
  /** The .docx bytes, base64: the same over IPC, the CLI and the browser harness. */
  base64: string;
  /** Missing field values and links that could not be kept. */
  warnings: string[];
}

export interface VisitDetail {
  visit: Visit;
  people: Person[];
  programme: ProgrammeItem[];
}

export const contract = {
  'visits.list': op<VisitSummary[]>()(NoInput),
  'visits.get': op<VisitDetail>()(ById),
  'visits.create': op<Visit>()(VisitInput),
  'visits.update': op<Visit>()(VisitFields.extend({ id: Id }).superRefine(endNotBeforeStart)),
  'visits.delete': op<null>()(ById),

  'people.create': op<Person>()(PersonFields.extend({ visitId: Id })),
  'people.update': op<Person>()(PersonFields.extend({ id: Id })),
  'people.delete': op<null>()(ById),

  'programme.create': op<ProgrammeItem>()(
    ProgrammeItemShape.extend({ visitId: Id }).superRefine(endNotBeforeStartTime),
  ),
  'programme.update': op<ProgrammeItem>()(ProgrammeItemShape.extend({ id: Id }).superRefine(endNotBeforeStartTime)),
  'programme.delete': op<null>()(ById),

  /** The notes of a visit, most recently edited first, without their content. */
  'notes.list': op<NoteSummary[]>()(z.strictObject({ visitId: Id })),
  'notes.get': op<Note>()(ById),
  'notes.create': op<Note>()(NoteCreateInput),
  /** Saves on top of baseRevision; a stale base answers 'conflict', a cleared note 'read_only'. */
  'notes.save': op<{ revision: number; updatedAt: string }>()(NoteSaveInput),
  /** draft -> review -> cleared, back to draft, and reopening (recorded in the history). */
  'notes.setStatus': op<Note>()(NoteStatusInput),
  /** The kept revisions of a note, newest first, without their content. */
  'notes.revisions': op<RevisionInfo[]>()(ById),
  /** One kept revision with its content (for a preview before restoring it). */
  'notes.revision': op<RevisionSnapshot>()(NoteRevisionInput),
  'notes.restore': op<Note>()(NoteRestoreInput),
  'notes.delete': op<null>()(ById),

  /** Visits, people (names and aliases) and notes; case and diacritics do not matter. */
  search: op<SearchHit[]>()(
    z.strictObject({
      query: z.string().max(500, 'the search is too long (at most 500 characters)'),
      visitId: Id.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),

  /** A visit file of the interchange format (design §4), all or nothing; ids are kept. */
  'interchange.import': op<ImportResult>()(z.strictObject({ file: z.unknown(), replace: z.boolean().optional() })),
  'interchange.export': op<InterchangeJson>()(z.strictObject({ visitId: Id })),

  /** A note, or a visit's whole briefing pack, as a Word document (base64), with warnings. */
  'export.note': op<WordExport>()(z.strictObject({ noteId: Id })),
  'export.pack': op<WordExport>()(z.strictObject({ visitId: Id, noteIds: z.array(Id).max(1000).optional() })),

  /**
   * The installation's settings: the classification list, the originating department. Visits and
   * notes may only be given a listed marking; one taken off the list stays where it already is
   * (classificationProblem in app/domain/classification.ts).
   */
  'settings.get': op<Settings>()(NoInput),
  'settings.set': op<Settings>()(Settings.partial().strict()),

  /** User templates (saved from notes); the built-in ones are not stored. */
  'templates.list': op<UserTemplate[]>()(NoInput),
  'templates.save': op<UserTemplate>()(
    z.strictObject({
      id: Id.optional(),
      name: NoteTitle,
      description: prose('Description', 2_000).default(''),
      content: NoteContentInput,
    }),
  ),
  'templates.delete': op<null>()(ById),

  /** A backup into the backups folder beside the database; the newest ten are kept. */
  'backup.create': op<{ file: string; bytes: number }>()(NoInput),
  'database.check': op<CheckReport>()(NoInput),

  /** A visit's programme as iCalendar (RFC 5545) text, one event per item with a stable UID. */
  'calendar.export': op<CalendarExport>()(z.strictObject({ visitId: Id })),
  /**
   * Events of an .ics file become programme items in the visit's zone; an event whose UID an item
   * has updates it. A bad file is one clear line and nothing is written.
   */
  'calendar.import': op<CalendarImportResult>()(
    z.strictObject({ visitId: Id, text: z.string().max(5_000_000, 'the calendar file is too large (at most 5 MB)') }),
  ),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K] extends Operation<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
