import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { AppFailure } from '../api/result';
import { isCorruption } from './corruption';

/** Scheduled backups live beside the database: <folder>/backups/briefing-<UTC time>.sqlite */
export function backupFolder(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

export function listBackups(dbFile: string): string[] {
  const dir = backupFolder(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^briefing-\d{8}T\d{6}Z(-\d+)?\.sqlite$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export function newestBackup(dbFile: string): string | undefined {
  return listBackups(dbFile).at(-1);
}

/**
 * A consistent copy of the live database (SQLite's online backup, safe while the app writes),
 * checked before it is given its final name, so a half-written backup never looks like a good one.
 */
export async function backupTo(db: Database, outFile: string): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(outFile);
  if (path.resolve(db.name) === target)
    throw new AppFailure('invalid_input', 'The backup cannot overwrite the database itself.');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial-${process.pid}`;
  try {
    await db.backup(temp);
    const copy = new BetterSqlite3(temp, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new AppFailure('storage_error', `The backup failed its integrity check (${String(check)}).`);
    } finally {
      copy.close();
    }
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('storage_error', `Could not write the backup to ${outFile}: ${(e as Error).message}`);
  }
  return { file: target, bytes: fs.statSync(target).size };
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** A scheduled backup into the backups folder, keeping the newest `keep`. */
export async function rotatingBackup(
  db: Database,
  dbFile: string,
  keep = 10,
  now = new Date(),
): Promise<{ file: string; bytes: number }> {
  const dir = backupFolder(dbFile);
  let file = path.join(dir, `briefing-${stamp(now)}.sqlite`);
  for (let n = 1; fs.existsSync(file); n++) file = path.join(dir, `briefing-${stamp(now)}-${n}.sqlite`);
  const made = await backupTo(db, file);
  const all = listBackups(dbFile);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
  return made;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeyProblems: number;
}

/** SQLite's integrity check and foreign-key check, as a report. */
export function checkDatabase(db: Database): CheckReport {
  let integrity: string[];
  let foreignKeyProblems: number;
  try {
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  } catch (e) {
    // Damage bad enough stops the check itself: that is its finding, not a failure to check.
    if (!isCorruption(e)) throw e;
    return { ok: false, integrity: [(e as Error).message], foreignKeyProblems: 0 };
  }
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyProblems === 0,
    integrity,
    foreignKeyProblems,
  };
}
