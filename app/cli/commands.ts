import { seedDemo } from '../demo/seed';
import type { WordExport } from '../api/contract';
import type { Note } from '../domain/note';
import type { SearchHit } from '../domain/search';
import type { ImportResult } from '../interchange/import';
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

export interface CommandContext {
  store: Store;
  dispatch: Dispatch;
  args: ParsedArgs;
  json: boolean;
  out: (text: string) => void;
  /** Warnings and progress for a person; scripts read stdout only. */
  err: (text: string) => void;
}

export interface Command {
  usage: string;
  run(ctx: CommandContext): Promise<void>;
}

/** Unwraps a Result for the CLI: a failure becomes the one-line error the user sees. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new AppFailure(r.error.code, r.error.message, r.error.issues);
  return r.value;
}

function noPositional(ctx: CommandContext, name: string): void {
  if (ctx.args.positional.length > 1) throw new UsageError(`${name} takes no arguments`);
}

function flag(ctx: CommandContext, name: string, command: string): string {
  const v = ctx.args.flags.get(name);
  if (typeof v !== 'string' || v === '') throw new UsageError(`${command} needs --${name}`);
  return v;
}

/** Reads and parses a JSON file the user named, with a message that says which part failed. */
export const COMMANDS: Record<string, Command> = {
  init: {
    usage: 'init                      create the database (idempotent)',
    async run(ctx) {
      noPositional(ctx, 'init');
      const result = { database: ctx.store.file, schemaVersion: LATEST_SCHEMA_VERSION };
      ctx.out(
        ctx.json ? JSON.stringify(result) : `Database ready: ${result.database} (schema ${result.schemaVersion})`,
      );
    },
  },
  'seed-demo': {
    usage: 'seed-demo                 load the demo visit (Kazakhstan – Türkiye, 2021)',
    async run(ctx) {
      noPositional(ctx, 'seed-demo');
      const r = seedDemo(ctx.store);
      if (ctx.json) return ctx.out(JSON.stringify(r));
      ctx.out(
        r.created
          ? `Loaded the demo visit ${r.visitId}: ${r.people} people, ${r.programme} programme items.`
          : `The demo visit ${r.visitId} is already there; left as it is.`,
      );
    },
  },
  list: {
    usage: 'list                      list the visits',
    async run(ctx) {
      noPositional(ctx, 'list');
      const visits = unwrap(await ctx.dispatch('visits.list', {})) as VisitSummary[];
      if (ctx.json) return ctx.out(JSON.stringify(visits));
      if (visits.length === 0) return ctx.out('No visits yet. Create one in the app, or run: briefing seed-demo');
      for (const v of visits) {
        ctx.out(
          `${v.id}\t${v.startDate}–${v.endDate}\t${v.city} (${v.guestCountry} → ${v.hostCountry})\t${v.status}\t${v.title}`,
        );
      }
    },
  },
  export: {
    usage: "export --note ID | --visit ID --out FILE.docx   a note, or the visit's briefing pack, to Word",
    async run(ctx) {
      noPositional(ctx, 'export');
      const out = flag(ctx, 'out', 'export');
      const note = ctx.args.flags.get('note');
      const visit = ctx.args.flags.get('visit');
      if ((typeof note === 'string') === (typeof visit === 'string'))
        throw new UsageError('export needs --note ID or --visit ID');
      const r = unwrap(
        typeof note === 'string'
          ? await ctx.dispatch('export.note', { noteId: note })
          : await ctx.dispatch('export.pack', { visitId: visit }),
      ) as WordExport;
      writeFileAtomic(out, Buffer.from(r.base64, 'base64'));
      for (const w of r.warnings) ctx.err(`warning: ${w}`);
      ctx.out(ctx.json ? JSON.stringify({ file: out, warnings: r.warnings }) : `Written: ${out}`);
    },
  },
  check: {
    usage: "check                     run SQLite's integrity and foreign-key checks",
    async run(ctx) {
      noPositional(ctx, 'check');
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
  },
  backup: {
    usage: 'backup --out FILE         write a consistent copy of the database',
    async run(ctx) {
      noPositional(ctx, 'backup');
      const r = await backupTo(ctx.store.db, flag(ctx, 'out', 'backup'));
      ctx.out(ctx.json ? JSON.stringify(r) : `Backup written: ${r.file} (${r.bytes} bytes)`);
    },
  },
  import: {
    usage: 'import VISIT.json [--replace]   import a visit file; prints the visit id',
    async run(ctx) {
      const file = ctx.args.positional[1];
      if (!file || ctx.args.positional.length > 2) throw new UsageError('import needs exactly one file');
      const json = readJsonFile(file);
      const r = unwrap(
        await ctx.dispatch('interchange.import', { file: json, replace: ctx.args.flags.has('replace') }),
      ) as ImportResult;
      ctx.out(ctx.json ? JSON.stringify(r) : r.visitId);
    },
  },
  'export-json': {
    usage: 'export-json --visit ID --out FILE.json   write a visit as an interchange file',
    async run(ctx) {
      noPositional(ctx, 'export-json');
      const out = flag(ctx, 'out', 'export-json');
      const file = unwrap(await ctx.dispatch('interchange.export', { visitId: flag(ctx, 'visit', 'export-json') }));
      writeFileAtomic(out, JSON.stringify(file, null, 2) + '\n');
      ctx.out(ctx.json ? JSON.stringify({ file: out }) : `Written: ${out}`);
    },
  },
  search: {
    usage: 'search "QUERY"            search visits, people and notes',
    async run(ctx) {
      const query = ctx.args.positional.slice(1).join(' ');
      if (!query.trim()) throw new UsageError('search needs a query');
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
  },
  note: {
    usage: 'note get|put --id ID [--file CONTENT.json] [--base REV]   read or save a note',
    async run(ctx) {
      const action = ctx.args.positional[1];
      if (ctx.args.positional.length > 2) throw new UsageError('note takes get or put');
      const id = flag(ctx, 'id', `note ${action ?? ''}`.trim());
      if (action === 'get') {
        const note = unwrap(await ctx.dispatch('notes.get', { id })) as Note;
        return ctx.out(JSON.stringify(note, null, ctx.json ? undefined : 2));
      }
      if (action !== 'put') throw new UsageError('note takes get or put');
      const json = readJsonFile(flag(ctx, 'file', 'note put')) as { content?: unknown; root?: unknown };
      // Accept either the bare editor state or what `note get` printed.
      const content = json && typeof json === 'object' && 'root' in json ? json : json?.content;
      const baseFlag = ctx.args.flags.get('base');
      let base: number;
      if (typeof baseFlag === 'string') {
        base = Number(baseFlag);
        if (!Number.isInteger(base) || base < 1) throw new UsageError('--base must be a revision number');
      } else {
        base = (unwrap(await ctx.dispatch('notes.get', { id })) as Note).revision;
      }
      const saved = unwrap(await ctx.dispatch('notes.save', { id, baseRevision: base, content })) as {
        revision: number;
      };
      // Printed only now: the save has committed.
      ctx.out(ctx.json ? JSON.stringify(saved) : String(saved.revision));
    },
  },
};
