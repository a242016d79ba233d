import { z } from 'zod';
import type { WordExport } from '../api/contract';
import { ERROR_CODES, type AppError } from '../api/result';
import type { NoteContent } from '../domain/content';
import { NOTE_STATUSES, type Note } from '../domain/note';
import type { InterchangeFile } from '../interchange/format';
import type { DocxImport } from '../import/docx-to-content';
import type { ExportData, PackLayout } from '../export/document';
import { WordStyle } from '../export/style';

/**
 * The messages between the app and its job worker (design §11): an Electron utilityProcess in the
 * desktop app, a worker_threads worker in the CLI and the tests, the same messages for both. The
 * main side reads the rows and sends plain data; the worker does the CPU-heavy part (building a
 * .docx, parsing and validating a visit file) and answers with plain data. Both sides parse what
 * they receive with these schemas, so a drift between the two bundles is an error, not a mystery.
 */

/** Rows the main side read: checked for shape here (they came from our own store). */
const Row = (what: string) =>
  z.custom((v) => typeof v === 'object' && v !== null && !Array.isArray(v), `${what} must be an object`);

const ExportDataMessage = z.strictObject({
  visit: Row('visit'),
  people: z.array(Row('person')),
  programme: z.array(Row('programme item')),
});

/** A stored note as the exporter needs it; its content was validated when it was saved. */
const NoteMessage = z.looseObject({
  id: z.string(),
  title: z.string(),
  classification: z.string(),
  status: z.enum(NOTE_STATUSES),
  programmeItemId: z.string().nullable(),
  createdAt: z.string(),
  content: z.unknown(),
});

export type NoteForExport = Note & { content: NoteContent };

export interface ExportNoteJob {
  kind: 'export.note';
  note: NoteForExport;
  data: ExportData;
  style: WordStyle;
  language?: string;
  keepPlaceholders?: boolean;
}
export interface ExportPackJob {
  kind: 'export.pack';
  notes: NoteForExport[];
  data: ExportData;
  style: WordStyle;
  language?: string;
  classifications?: string[];
  pack?: PackLayout;
  keepPlaceholders?: boolean;
}
/** A visit file to parse and validate: its text, a file the user named, or its already-parsed JSON. */
export interface ParseVisitFileJob {
  kind: 'interchange.parse';
  source: { text: string } | { file: string } | { json: unknown };
}
/** A Word document to turn into a note's content (mammoth, the sanitiser, Lexical headless). */
export interface DocxImportJob {
  kind: 'docx.import';
  base64: string;
}
export type Job = ExportNoteJob | ExportPackJob | ParseVisitFileJob | DocxImportJob;
export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

const JobSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('export.note'),
    note: NoteMessage,
    data: ExportDataMessage,
    style: WordStyle,
    language: z.string().optional(),
    keepPlaceholders: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('export.pack'),
    notes: z.array(NoteMessage),
    data: ExportDataMessage,
    style: WordStyle,
    language: z.string().optional(),
    classifications: z.array(z.string()).optional(),
    pack: z
      .strictObject({
        for: z.string().optional(),
        reference: z.string().optional(),
        date: z.string().optional(),
        preparedBy: z.string().optional(),
        numberedParagraphs: z.boolean().optional(),
      })
      .optional(),
    keepPlaceholders: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('interchange.parse'),
    source: z.union([
      z.strictObject({ text: z.string() }),
      z.strictObject({ file: z.string().min(1) }),
      z.strictObject({ json: z.unknown() }),
    ]),
  }),
  z.strictObject({ kind: z.literal('docx.import'), base64: z.string() }),
]);

/** A job as the worker received it, checked against the schema. */
export function parseJob(message: unknown): { success: true; data: Job } | { success: false; error: z.ZodError } {
  const r = JobSchema.safeParse(message);
  // The schema checks the envelope and the fields the worker relies on; the rows inside are the
  // main side's own reads, typed by the interfaces above.
  return r.success ? { success: true, data: r.data as unknown as Job } : { success: false, error: r.error };
}

/** What each kind of job answers with. */
export interface JobValues {
  'export.note': WordExport;
  'export.pack': WordExport;
  /** The file as the interchange schema parsed it (defaults filled in, references checked). */
  'interchange.parse': InterchangeFile;
  /** The note's content as imported (normalised again by the main side before it is stored). */
  'docx.import': DocxImport;
}

/** main -> worker: one job, numbered so the answer can be matched to it. */
export const JobRequest = z.strictObject({ jobId: z.number().int().nonnegative(), job: z.unknown() });
export type JobRequest = { jobId: number; job: Job };

const JobError = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});

/** A Word document as the worker made it. */
export const WordExportValue = z.strictObject({
  fileName: z.string(),
  base64: z.string(),
  warnings: z.array(z.string()),
});

/**
 * worker -> main: the answer to one job. The value's shape is checked by kind in the runner
 * (a parsed visit file is trusted as the worker's own output: validating it twice would put the
 * heavy work back on the main side).
 */
export const JobReply = z.strictObject({
  jobId: z.number().int().nonnegative(),
  result: z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value: z.unknown() }),
    z.strictObject({ ok: z.literal(false), error: JobError }),
  ]),
});
export type JobReply = { jobId: number; result: { ok: true; value: unknown } | { ok: false; error: AppError } };

/** The limits of one job: past either, the job is stopped and fails on its own. */
export interface JobBudget {
  /** Wall-clock time from start to answer. */
  timeoutMs: number;
  /** The worker's JavaScript heap (old generation), in MB. */
  memoryMb: number;
}

/** Generous for any real briefing pack, small enough that a hostile file cannot take the machine. */
export const DEFAULT_JOB_BUDGET: JobBudget = { timeoutMs: 60_000, memoryMb: 1_024 };
