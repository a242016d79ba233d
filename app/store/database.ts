import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import { newestBackup } from './backup';
import { isCorruption } from './corruption';
import { describeFileError } from './file-errors';
import { assertSupportedVersion, latestVersion, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { registerNameKeys } from './name-keys';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Names the newest backup, so the user knows what to restore (README: "Restoring a backup"). */
function restoreHint(file: string): string {
  const backup = newestBackup(file);
  return backup ? ` The newest backup is ${backup}.` : ' No backup was found beside it.';
}

/** Makes sure the path can hold a database file: not a folder, its folder there or creatable. */
function assertDatabasePath(file: string): void {
  let isFolder = false;
  try {
    isFolder = fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    // ENOTDIR and the like: creating the folder below fails and says why
  }
  if (isFolder) throw new AppFailure('storage_error', `${file} is a folder, not a database file.`);
  const folder = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new AppFailure(
      'storage_error',
      `Cannot create the folder ${folder} for the database: ${describeFileError(e)}.`,
    );
  }
}

/** Refuses, without writing to it, a file that is not a SQLite database. */
function assertSqliteFile(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // does not exist yet: it will be created
    throw new AppFailure('storage_error', `Cannot read ${file}: ${describeFileError(e)}.`);
  }
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file is a new database
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppFailure(
        'corrupt_database',
        `${file} is not a Briefing database (it is not a SQLite file).${restoreHint(file)}`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** How to open the file beyond its path. */
export interface OpenOptions {
  /**
   * better-sqlite3's compiled addon to load instead of its own build: the desktop app run from a
   * checkout loads one built for Electron's ABI (main/native-binding.ts); everything else omits it.
   */
  nativeBinding?: string;
}

/**
 * Opens (creating when needed) the database file and brings its schema up to date.
 * WAL + synchronous=FULL: a save that returned has reached the disk and survives power loss.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  if (file !== ':memory:') {
    assertDatabasePath(file);
    assertSqliteFile(file);
  }
  let db: Database;
  try {
    db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw new AppFailure('storage_error', `Could not open ${file}: ${(e as Error).message}`);
  }
  try {
    // A file is data, not code: functions and virtual tables with side effects may not run from
    // its schema (a view or trigger planted in a received file), only from our own statements.
    db.pragma('trusted_schema = OFF');
    // Checked before any pragma that writes (journal_mode rewrites the header): a newer app's
    // file must be left exactly as it was.
    assertSupportedVersion(db.pragma('user_version', { simple: true }) as number, latestVersion(MIGRATIONS));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerNameKeys(db); // the search shadows' triggers call it (migration 8)
    migrate(db, MIGRATIONS);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppFailure) throw e;
    if (isCorruption(e)) {
      throw new AppFailure(
        'corrupt_database',
        `${file} is damaged and cannot be opened (${(e as { code: string }).code}).${restoreHint(file)}`,
      );
    }
    throw new AppFailure('storage_error', `Could not open ${file}: ${(e as Error).message}`);
  }
}
