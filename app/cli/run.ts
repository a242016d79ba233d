import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { AppFailure } from '../api/result';
import { defaultDatabasePath } from '../store/paths';
import { Store } from '../store/store';
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';

const VALUE_FLAGS = new Set(['db', 'out', 'visit', 'note', 'id', 'file', 'base']);
const BOOL_FLAGS = new Set(['json', 'help', 'replace']);

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

/** Runs one CLI invocation; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let store: Store | undefined;
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
    const db = args.flags.get('db');
    if (db === '') throw new UsageError('--db needs a file name');
    store = Store.open(typeof db === 'string' ? db : defaultDatabasePath(io.env));
    const dispatch = createDispatch(createHandlers(store), (e) => io.err(`internal error: ${String(e)}`));
    await command.run({ store, dispatch, args, json: args.flags.has('json'), out: io.out, err: io.err });
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`briefing: ${e.message} (see briefing --help)`);
      return 2;
    }
    if (e instanceof AppFailure) {
      io.err(`briefing: ${e.message}`);
      return 1;
    }
    io.err(`briefing: unexpected error: ${(e as Error).message ?? String(e)}`);
    return 1;
  } finally {
    store?.close();
  }
}
