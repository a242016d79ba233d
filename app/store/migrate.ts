import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import type { Migration } from './migrations/types';

/**
 * Brings the schema up to the newest version. Each migration runs in its own transaction that
 * also sets user_version, so a crash leaves the file at a whole version. A file from a newer app
 * is refused untouched: a downgrade would lose the newer app's data.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  assertSupportedVersion(from, latest);
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: Math.max(from, latest) };
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}

/** Refuses a schema newer than this app knows, naming both versions. */
export function assertSupportedVersion(found: number, latest: number): void {
  if (found > latest) {
    throw new AppFailure(
      'unsupported_schema',
      `This database was written by a newer version of Briefing (schema ${found}); this version reads schema ${latest} at most. Update Briefing to open it.`,
    );
  }
}
