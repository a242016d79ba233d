import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createChildProcessJobRunner } from '../jobs/process-runner';
import { AppFailure } from '../api/result';
import { chromiumRenderer } from '../export/pdf/chromium-renderer';
import type { PdfRenderer } from '../export/pdf/pdf-renderer';
import { defaultDatabasePath } from '../store/paths';
import { Store } from '../store/store';
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';
import { PACK_BOOL_FLAGS, PACK_VALUE_FLAGS } from './pack-options';

const VALUE_FLAGS = new Set(['db', 'out', 'visit', 'note', 'id', 'file', 'base', 'paper', 'title']);
const BOOL_FLAGS = new Set(['json', 'help', 'replace', 'keep-placeholders', 'templates']);
// The briefing pack's options (export --visit).
for (const f of PACK_VALUE_FLAGS) VALUE_FLAGS.add(f);
for (const f of PACK_BOOL_FLAGS) BOOL_FLAGS.add(f);

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  briefing [--db FILE] [--json] ${c.usage}`);
  return [
    'usage:',
    ...lines,
    '',
    `--db defaults to $BRIEFING_DB, else the desktop app's database (${defaultDatabasePath()}).`,
  ].join('\n');
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Options every command takes. */
const GLOBAL_FLAGS = new Set(['db', 'json', 'help']);

/** Runs one CLI invocation; returns the exit code (0 done, 1 failed, 2 usage error). Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let store: Store | undefined;
  let pdf: PdfRenderer | undefined;
  let internal: unknown;
  try {
    const args = parseArgs(argv, VALUE_FLAGS, BOOL_FLAGS);
    const name = args.positional[0];
    if (args.flags.has('help') || name === 'help') {
      io.out(usage());
      return 0;
    }
    if (!name) throw new UsageError('no command given');
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    for (const f of args.flags.keys()) {
      if (!GLOBAL_FLAGS.has(f) && !command.flags.includes(f)) throw new UsageError(`${name} takes no --${f}`);
    }
    const db = args.flags.get('db');
    if (db === '') throw new UsageError('--db needs a file name');
    const input = command.prepare(args);
    store = Store.open(typeof db === 'string' ? db : defaultDatabasePath(io.env));
    // Kept for the one line printed on failure: the dispatcher answers only "something went wrong".
    // Exports and import parsing run in a worker process with a time and memory budget (app/jobs);
    // Chromium starts only if a command asks for a PDF.
    pdf = chromiumRenderer(io.env);
    const handlers = createHandlers(store, { jobs: createChildProcessJobRunner(), pdf });
    const dispatch = createDispatch(handlers, (e) => (internal = e));
    await command.run({ store, dispatch, json: args.flags.has('json'), out: io.out, err: io.err }, input);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`briefing: ${e.message} (see briefing --help)`);
      return 2;
    }
    if (e instanceof AppFailure) {
      const detail = e.code === 'internal' && internal ? ` (${oneLine(internal)})` : '';
      io.err(`briefing: ${e.message}${detail}`);
      return 1;
    }
    io.err(`briefing: unexpected error: ${oneLine(e)}`);
    return 1;
  } finally {
    await pdf?.close().catch(() => undefined);
    store?.close();
  }
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
