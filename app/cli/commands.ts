import { seedDemo } from '../demo/seed';
import type { PdfExport } from '../export/pdf/export-pdf';
import { PAPERS } from '../export/print/print-css';
import type { WordExport } from '../api/contract';
import type { Note } from '../domain/note';
import type { SearchHit } from '../domain/search';
import type { ImportResult } from '../interchange/import';
import { importSummary } from '../interchange/import-summary';
import { readJsonFile } from '../interchange/read-file';
import type { CheckReport } from '../store/backup';
import { backupTo, newestBackup } from '../store/backup';
import { writeFileAtomic } from '../files/write-file';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import type { Dispatch } from '../api/dispatch';
import type { Store } from '../store/store';
import type { Result } from '../api/result';
import type { VisitSummary } from '../domain/visit';
import { AppFailure } from '../api/result';
import { UsageError, type ParsedArgs } from './args';
import { checkOutputFile } from './output-file';
import { PACK_FLAGS, PACK_USAGE, packOptions } from './pack-options';
import { applyOverride, type PackChoice } from '../domain/pack';
import type { DocxImportResult } from '../api/contract';
import { readDocxFile } from '../import/read-docx-file';
import type { CalendarExport, CalendarImportResult } from '../calendar/operations';
import { readTextFile } from '../calendar/read-text-file';

export interface CommandContext {
  store: Store;
  dispatch: Dispatch;
  json: boolean;
  out: (text: string) => void;
  /** Warnings and progress for a person; scripts read stdout only. */
  err: (text: string) => void;
}

export interface Command<Input = unknown> {
  usage: string;
  /** The options this command takes besides --db, --json and --help; any other is an error. */
  flags: readonly string[];
  /**
   * Checks the command line and reads the files it names, before the database is opened: a
   * mistake found here leaves the database as it was (not even created).
   */
  prepare(args: ParsedArgs): Input;
  run(ctx: CommandContext, input: Input): Promise<void>;
}

/** Keeps each command's input type checked between its prepare and its run. */
const command = <Input>(c: Command<Input>): Command => c as Command;

/** Unwraps a Result for the CLI: a failure becomes the one-line error the user sees. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new AppFailure(r.error.code, r.error.message, r.error.issues);
  return r.value;
}

function noPositional(args: ParsedArgs, name: string): void {
  if (args.positional.length > 1) throw new UsageError(`${name} takes no arguments`);
}

function flag(args: ParsedArgs, name: string, command: string): string {
  const v = args.flags.get(name);
  if (typeof v !== 'string' || v === '') throw new UsageError(`${command} needs --${name}`);
  return v;
}

const noInput = (name: string) => (args: ParsedArgs) => noPositional(args, name);

export const COMMANDS: Record<string, Command> = {
  init: command({
    usage: 'init                      create the database (idempotent)',
    flags: [],
    prepare: noInput('init'),
    async run(ctx) {
      const result = { database: ctx.store.file, schemaVersion: LATEST_SCHEMA_VERSION };
      ctx.out(
        ctx.json ? JSON.stringify(result) : `Database ready: ${result.database} (schema ${result.schemaVersion})`,
      );
    },
  }),
  'seed-demo': command({
    usage: 'seed-demo                 load the demo visit (Kazakhstan – Türkiye, 2021)',
    flags: [],
    prepare: noInput('seed-demo'),
    async run(ctx) {
      const r = seedDemo(ctx.store);
      if (ctx.json) return ctx.out(JSON.stringify(r));
      ctx.out(
        r.created
          ? `Loaded the demo visit ${r.visitId}: ${r.people} people, ${r.programme} programme items.`
          : `The demo visit ${r.visitId} is already there; left as it is.`,
      );
    },
  }),
  list: command({
    usage: 'list                      list the visits',
    flags: [],
    prepare: noInput('list'),
    async run(ctx) {
      const visits = unwrap(await ctx.dispatch('visits.list', {})) as VisitSummary[];
      if (ctx.json) return ctx.out(JSON.stringify(visits));
      if (visits.length === 0) return ctx.out('No visits yet. Create one in the app, or run: briefing seed-demo');
      for (const v of visits) {
        ctx.out(
          `${v.id}\t${v.startDate}–${v.endDate}\t${v.city} (${v.guestCountry} → ${v.hostCountry})\t${v.status}\t${v.title}`,
        );
      }
    },
  }),
  export: command({
    usage: `export --note ID | --visit ID ${PACK_USAGE} --out FILE.docx [--keep-placeholders]   a note, or the visit's briefing pack, to Word`,
    flags: ['note', 'visit', 'out', 'keep-placeholders', ...PACK_FLAGS],
    prepare(args) {
      noPositional(args, 'export');
      const note = args.flags.get('note');
      const visit = args.flags.get('visit');
      if ((typeof note === 'string') === (typeof visit === 'string'))
        throw new UsageError('export needs --note ID or --visit ID');
      if (typeof note === 'string' && PACK_FLAGS.some((f) => args.flags.has(f)))
        throw new UsageError('the pack options go with --visit, not --note');
      const out = checkOutputFile(flag(args, 'out', 'export'));
      // Placeholders and missing fields are left out of the document unless asked for.
      const keepPlaceholders = args.flags.has('keep-placeholders') || undefined;
      type Input = { out: string; keepPlaceholders?: boolean } & (
        { note: string } | ({ visit: string } & ReturnType<typeof packOptions>)
      );
      return (
        typeof note === 'string'
          ? { out, note, keepPlaceholders }
          : { out, visit: visit as string, keepPlaceholders, ...packOptions(args) }
      ) as Input;
    },
    async run(ctx, input) {
      if ('visit' in input && input.keep) {
        // --keep: these options become the visit's kept choice, then the pack is exported from it.
        const kept = unwrap(await ctx.dispatch('pack.get', { visitId: input.visit })) as PackChoice;
        unwrap(await ctx.dispatch('pack.set', { visitId: input.visit, choice: applyOverride(kept, input.override) }));
      }
      const { keepPlaceholders } = input;
      const r = unwrap(
        'note' in input
          ? await ctx.dispatch('export.note', { noteId: input.note, keepPlaceholders })
          : await ctx.dispatch('export.pack', { visitId: input.visit, ...input.override, keepPlaceholders }),
      ) as WordExport;
      writeFileAtomic(input.out, Buffer.from(r.base64, 'base64'));
      for (const w of r.warnings) ctx.err(`warning: ${w}`);
      ctx.out(ctx.json ? JSON.stringify({ file: input.out, warnings: r.warnings }) : `Written: ${input.out}`);
    },
  }),
  'export-pdf': command({
    usage:
      'export-pdf --note ID | --visit ID --out FILE.pdf [--paper A4|Letter]   a note, or the briefing book, as a PDF',
    flags: ['note', 'visit', 'out', 'paper'],
    prepare(args) {
      noPositional(args, 'export-pdf');
      const note = args.flags.get('note');
      const visit = args.flags.get('visit');
      if ((typeof note === 'string') === (typeof visit === 'string'))
        throw new UsageError('export-pdf needs --note ID or --visit ID');
      const paperFlag = args.flags.get('paper');
      const paper =
        paperFlag === undefined ? undefined : PAPERS.find((p) => p.toLowerCase() === String(paperFlag).toLowerCase());
      if (paperFlag !== undefined && !paper) throw new UsageError(`--paper must be ${PAPERS.join(' or ')}`);
      const out = checkOutputFile(flag(args, 'out', 'export-pdf'));
      return typeof note === 'string' ? { out, paper, note } : { out, paper, visit: visit as string };
    },
    async run(ctx, input) {
      const target = input.note !== undefined ? { noteId: input.note } : { visitId: input.visit };
      const r = unwrap(await ctx.dispatch('export.pdf', { ...target, paper: input.paper })) as PdfExport;
      writeFileAtomic(input.out, Buffer.from(r.base64, 'base64'));
      for (const w of r.warnings) ctx.err(`warning: ${w}`);
      ctx.out(
        ctx.json
          ? JSON.stringify({ file: input.out, pages: r.pages, warnings: r.warnings })
          : `Written: ${input.out} (${r.pages} page${r.pages === 1 ? '' : 's'})`,
      );
    },
  }),
  check: command({
    usage: "check                     run SQLite's integrity and foreign-key checks",
    flags: [],
    prepare: noInput('check'),
    async run(ctx) {
      const report = unwrap(await ctx.dispatch('database.check', {})) as CheckReport;
      if (ctx.json) ctx.out(JSON.stringify(report));
      else
        ctx.out(
          report.ok ? `ok: ${ctx.store.file} passed the integrity check` : `NOT OK: ${report.integrity.join('; ')}`,
        );
      if (!report.ok) {
        const backup = newestBackup(ctx.store.file);
        throw new AppFailure(
          'corrupt_database',
          `the database failed its check${backup ? `; the newest backup is ${backup}` : ''}`,
        );
      }
    },
  }),
  backup: command({
    usage: 'backup --out FILE         write a consistent copy of the database',
    flags: ['out'],
    prepare(args) {
      noPositional(args, 'backup');
      return { out: checkOutputFile(flag(args, 'out', 'backup')) };
    },
    async run(ctx, { out }) {
      const r = await backupTo(ctx.store.db, out);
      ctx.out(ctx.json ? JSON.stringify(r) : `Backup written: ${r.file} (${r.bytes} bytes)`);
    },
  }),
  import: command({
    usage:
      'import VISIT.json [--replace] [--templates]   import a visit file (--templates: its templates too); prints the visit id',
    flags: ['replace', 'templates'],
    prepare(args) {
      const file = args.positional[1];
      if (!file || args.positional.length > 2) throw new UsageError('import needs exactly one file');
      return { json: readJsonFile(file), replace: args.flags.has('replace'), templates: args.flags.has('templates') };
    },
    async run(ctx, { json, replace, templates }) {
      const r = unwrap(await ctx.dispatch('interchange.import', { file: json, replace, templates })) as ImportResult;
      // What was cleaned and what became of the templates, for a person; stdout stays the id.
      for (const line of importSummary(r, 'import with --templates to add them')) ctx.err(line);
      ctx.out(ctx.json ? JSON.stringify(r) : r.visitId);
    },
  }),
  'export-json': command({
    usage: 'export-json --visit ID --out FILE.json   write a visit as an interchange file',
    flags: ['visit', 'out'],
    prepare(args) {
      noPositional(args, 'export-json');
      const visit = flag(args, 'visit', 'export-json');
      return { visit, out: checkOutputFile(flag(args, 'out', 'export-json')) };
    },
    async run(ctx, { visit, out }) {
      const file = unwrap(await ctx.dispatch('interchange.export', { visitId: visit }));
      writeFileAtomic(out, JSON.stringify(file, null, 2) + '\n');
      ctx.out(ctx.json ? JSON.stringify({ file: out }) : `Written: ${out}`);
    },
  }),
  search: command({
    usage: 'search "QUERY"            search visits, people and notes',
    flags: [],
    prepare(args) {
      const query = args.positional.slice(1).join(' ');
      if (!query.trim()) throw new UsageError('search needs a query');
      return query;
    },
    async run(ctx, query) {
      const hits = unwrap(await ctx.dispatch('search', { query })) as SearchHit[];
      if (ctx.json) return ctx.out(JSON.stringify(hits));
      if (hits.length === 0) return ctx.out('No matches.');
      for (const h of hits) {
        const snippet = h.snippet
          .map((p) => (p.hit ? `[${p.text}]` : p.text))
          .join('')
          .replace(/\s+/g, ' ');
        ctx.out(`${h.kind}\t${h.id}\t${h.title}\t${snippet}`);
      }
    },
  }),
  note: command({
    usage: 'note get|put --id ID [--file CONTENT.json] [--base REV]   read or save a note',
    flags: ['id', 'file', 'base'],
    prepare(args) {
      const action = args.positional[1];
      if ((action !== 'get' && action !== 'put') || args.positional.length > 2)
        throw new UsageError('note takes get or put');
      const id = flag(args, 'id', `note ${action}`);
      if (action === 'get') {
        for (const f of ['file', 'base']) if (args.flags.has(f)) throw new UsageError(`note get takes no --${f}`);
        return { action, id } as const;
      }
      const baseFlag = args.flags.get('base');
      const base = baseFlag === undefined ? undefined : Number(baseFlag);
      if (base !== undefined && (!Number.isInteger(base) || base < 1))
        throw new UsageError('--base must be a revision number');
      const json = readJsonFile(flag(args, 'file', 'note put')) as { content?: unknown; root?: unknown } | null;
      // Accept either the bare editor state or what `note get` printed.
      const content = json && typeof json === 'object' && 'root' in json ? json : json?.content;
      return { action, id, base, content } as const;
    },
    async run(ctx, input) {
      const { id } = input;
      if (input.action === 'get') {
        const note = unwrap(await ctx.dispatch('notes.get', { id })) as Note;
        return ctx.out(JSON.stringify(note, null, ctx.json ? undefined : 2));
      }
      const base = input.base ?? (unwrap(await ctx.dispatch('notes.get', { id })) as Note).revision;
      const saved = unwrap(await ctx.dispatch('notes.save', { id, baseRevision: base, content: input.content })) as {
        revision: number;
      };
      // Printed only now: the save has committed.
      ctx.out(ctx.json ? JSON.stringify(saved) : String(saved.revision));
    },
  }),
  'import-docx': command({
    usage: 'import-docx FILE.docx --visit ID [--title T]   a new note from a Word document; prints its id',
    flags: ['visit', 'title'],
    prepare(args) {
      const file = args.positional[1];
      if (!file || args.positional.length > 2) throw new UsageError('import-docx needs exactly one file');
      const visitId = flag(args, 'visit', 'import-docx');
      const titleFlag = args.flags.get('title');
      if (titleFlag !== undefined && (typeof titleFlag !== 'string' || !titleFlag.trim()))
        throw new UsageError('--title needs a title');
      const { base64, title } = readDocxFile(file);
      return { visitId, base64, title: (titleFlag as string | undefined) ?? (title || undefined) };
    },
    async run(ctx, input) {
      const r = unwrap(await ctx.dispatch('notes.importDocx', input)) as DocxImportResult;
      if (ctx.json) return ctx.out(JSON.stringify({ id: r.note.id, title: r.note.title, report: r.report }));
      if (r.notice) ctx.err(`warning: ${r.notice}`);
      ctx.out(r.note.id);
    },
  }),
  'export-ics': command({
    usage: "export-ics --visit ID --out FILE.ics   the visit's programme as an iCalendar file",
    flags: ['visit', 'out'],
    prepare(args) {
      noPositional(args, 'export-ics');
      const visit = flag(args, 'visit', 'export-ics');
      return { visit, out: checkOutputFile(flag(args, 'out', 'export-ics')) };
    },
    async run(ctx, { visit, out }) {
      const r = unwrap(await ctx.dispatch('calendar.export', { visitId: visit })) as CalendarExport;
      writeFileAtomic(out, r.text);
      ctx.out(ctx.json ? JSON.stringify({ file: out }) : `Written: ${out}`);
    },
  }),
  'import-ics': command({
    usage: 'import-ics FILE.ics --visit ID   events become programme items (same UID: updated)',
    flags: ['visit'],
    prepare(args) {
      const file = args.positional[1];
      if (!file || args.positional.length > 2) throw new UsageError('import-ics needs exactly one file');
      return { visit: flag(args, 'visit', 'import-ics'), text: readTextFile(file) };
    },
    async run(ctx, { visit, text }) {
      const r = unwrap(await ctx.dispatch('calendar.import', { visitId: visit, text })) as CalendarImportResult;
      for (const w of r.warnings) ctx.err(`warning: ${w}`);
      ctx.out(ctx.json ? JSON.stringify(r) : `${r.added} added, ${r.updated} updated`);
    },
  }),
};
