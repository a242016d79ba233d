import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppFailure } from '../api/result';
import { tempDir } from '../testing/temp';
import { VISIT_DATA } from '../testing/fixtures';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { Store } from './store';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

function openError(file: string): AppFailure {
  try {
    Store.open(file).close();
  } catch (e) {
    return e as AppFailure;
  }
  throw new Error('expected Store.open to fail');
}

describe('opening the database file', () => {
  it('creates a missing file and its folder, at the newest schema, durable settings on', () => {
    const file = tmp.file('nested/folder/briefing.sqlite');
    const store = Store.open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('reopens an existing file without losing what was in it', () => {
    const file = tmp.file('briefing.sqlite');
    const first = Store.open(file);
    first.visits.create('v1', { ...VISIT_DATA, title: 'Visit' });
    first.close();
    const again = Store.open(file);
    expect(again.visits.list().map((v) => v.id)).toEqual(['v1']);
    again.close();
  });

  it('refuses a file that is not SQLite, and leaves it untouched', () => {
    const file = tmp.file('notes.txt');
    fs.writeFileSync(file, 'my draft, not a database\n');
    const e = openError(file);
    expect(e.code).toBe('corrupt_database');
    expect(e.message).toContain('not a Briefing database');
    expect(fs.readFileSync(file, 'utf8')).toBe('my draft, not a database\n');
  });

  it('refuses a file written by a newer version, naming both versions, and leaves it untouched', () => {
    const file = tmp.file('future.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.exec('CREATE TABLE from_the_future (x)');
    db.close();
    const before = fs.readFileSync(file);
    const e = openError(file);
    expect(e.code).toBe('unsupported_schema');
    expect(e.message).toContain(`schema ${LATEST_SCHEMA_VERSION + 5}`);
    expect(e.message).toContain(`schema ${LATEST_SCHEMA_VERSION} at most`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
