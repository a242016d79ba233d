import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { Store } from './store';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

describe('a database file is data, not code (PRAGMA trusted_schema = OFF)', () => {
  it('will not run a function with side effects from a view planted in the file', () => {
    const file = tmp.file('briefing.sqlite');
    Store.open(file).close();
    // What a hostile file could hold: a view that calls a function when anything reads it.
    const planted = new BetterSqlite3(file);
    planted.exec('CREATE VIEW planted AS SELECT side_effect() AS x');
    planted.close();

    const store = Store.open(file);
    try {
      let calls = 0;
      store.db.function('side_effect', () => ++calls);
      expect(() => store.db.prepare('SELECT x FROM planted').get()).toThrow(/unsafe use of side_effect/);
      expect(calls).toBe(0);
      // Our own statements still call it.
      expect(store.db.prepare('SELECT side_effect() AS x').get()).toEqual({ x: 1 });
    } finally {
      store.close();
    }
  });
  // The FTS5 triggers still run under it: app/store/search.test.ts searches through them.
});
