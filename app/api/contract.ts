import { z } from 'zod';
import { Id } from '../domain/ids';
import type { Note, RevisionInfo, RevisionSnapshot } from '../domain/note';
import { PersonFields, type Person } from '../domain/person';
import { endNotBeforeStartTime, ProgrammeItemShape, type ProgrammeItem } from '../domain/programme';
import { endNotBeforeStart, VisitFields, VisitInput, type Visit, type VisitSummary } from '../domain/visit';
import type { SearchHit } from '../domain/search';
import type { InterchangeJson } from '../interchange/format';
import type { ImportResult } from '../interchange/import';
import type { CheckReport } from '../store/backup';
import { type Settings, SettingsChanges } from '../store/settings';
import { PackChoice, PackOverride } from '../domain/pack';
import type { CalendarExport, CalendarImportResult } from '../calendar/operations';
import type { UserTemplate } from '../store/templates';
import { NoteTitle, SavedContentInput } from './note-schemas';
import { NoteCreateInput, NoteRestoreInput, NoteRevisionInput, NoteSaveInput, NoteStatusInput } from './note-schemas';
import { NoteUpdateInput } from './note-schemas';
import type { ListedNote } from './note-lengths';
import { prose } from '../domain/text';
import type { PdfExport } from '../export/pdf/export-pdf';
import { PAPERS } from '../export/print/print-css';
import type { DocxImportReport } from '../import/docx-to-content';

export type { ListedNote };

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
  /**
   * What is unfinished, one line per note by name ("Meeting brief: Call on …: 2 placeholders,
   * Meeting place missing"), and links that could not be kept.
   */
  warnings: string[];
}

/** What to print: a note, or a visit's briefing book (all its notes, or those listed, in pack order). */
const PrintChoices = { paper: z.enum(PAPERS).optional(), keepPlaceholders: z.boolean().optional() };
const PrintTarget = z.union([
  z.strictObject({ noteId: Id, ...PrintChoices }),
  PackOverride.extend({ visitId: Id, ...PrintChoices }),
]);
export interface DocxImportResult {
  note: Note;
  report: DocxImportReport;
  /** "3 images and 2 comments were not imported." — null when everything came in. */
  notice: string | null;
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

  /**
   * The notes of a visit, most recently edited first, without their content; withLength adds
   * each one's estimated length in Word (words, pages), as the editor's status line gives it.
   */
  'notes.list': op<ListedNote[]>()(z.strictObject({ visitId: Id, withLength: z.boolean().optional() })),
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
  /**
   * Title, classification and meeting (programmeItemId, null for the whole visit) from the note
   * header; recorded in the history with who (Settings author) and what changed. A cleared note
   * answers 'read_only'.
   */
  'notes.update': op<Note>()(NoteUpdateInput),
  /**
   * A new note in the visit from a Word document (.docx bytes, base64), through the same cleaning
   * as a paste. `notice` says in words what did not come in (images, comments), or is null.
   */
  'notes.importDocx': op<DocxImportResult>()(
    z.strictObject({
      visitId: Id,
      // 50 MB of bytes is ~70 million base64 characters; the handler gives the precise message.
      base64: z.string().max(80_000_000, 'the file is larger than 50 MB'),
      title: NoteTitle.optional(),
    }),
  ),

  /** Visits, people (names and aliases) and notes; case and diacritics do not matter. */
  search: op<SearchHit[]>()(
    z.strictObject({
      query: z.string().max(500, 'the search is too long (at most 500 characters)'),
      visitId: Id.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),

  /**
   * A visit file of the interchange format (design §4), all or nothing; ids are kept. `file` is
   * the parsed JSON, or its text (measured before it is parsed: over 64 MB it is refused). Its
   * content is cleaned, with a count; its templates are added only with `templates: true`.
   */
  'interchange.import': op<ImportResult>()(
    z.strictObject({ file: z.unknown(), replace: z.boolean().optional(), templates: z.boolean().optional() }),
  ),
  'interchange.export': op<InterchangeJson>()(z.strictObject({ visitId: Id })),

  /** A note, or a visit's whole briefing pack, as a Word document (base64), with warnings. */
  'export.note': op<WordExport>()(z.strictObject({ noteId: Id, keepPlaceholders: z.boolean().optional() })),
  /**
   * The pack as the visit's kept choice says, with any of its options changed for this export;
   * placeholders and missing-field markers are left out unless kept.
   */
  'export.pack': op<WordExport>()(PackOverride.extend({ visitId: Id, keepPlaceholders: z.boolean().optional() })),
  /** The briefing pack chosen for a visit (notes and order, drafts, cover, numbering), kept with it. */
  'pack.get': op<PackChoice>()(z.strictObject({ visitId: Id })),
  'pack.set': op<PackChoice>()(z.strictObject({ visitId: Id, choice: PackChoice })),

  /**
   * A note, or a visit's briefing book, as a PDF (base64): the print view (app/export/print)
   * rendered by Chromium. Fields resolved, each brief's marking on its pages, the contents' page
   * numbers where the briefs start. Answers 'unavailable' where no renderer is at hand.
   */
  'export.pdf': op<PdfExport>()(PrintTarget),
  /** The print view itself (one self-contained HTML page): what Print and the preview show. */
  'export.printView': op<{ html: string; title: string }>()(PrintTarget),

  /**
   * The installation's settings: the classification list, the originating department. Visits and
   * notes may only be given a listed marking; one taken off the list stays where it already is
   * (classificationProblem in app/domain/classification.ts).
   */
  'settings.get': op<Settings>()(NoInput),
  'settings.set': op<Settings>()(SettingsChanges),

  /** User templates (saved from notes); the built-in ones are not stored. */
  'templates.list': op<UserTemplate[]>()(NoInput),
  'templates.save': op<UserTemplate>()(
    z.strictObject({
      id: Id.optional(),
      name: NoteTitle,
      description: prose('Description', 2_000).default(''),
      content: SavedContentInput,
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
