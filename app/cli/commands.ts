import { seedDemo } from '../demo/seed';
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
};
