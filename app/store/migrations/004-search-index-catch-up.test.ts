import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, VISIT_DATA } from '../../testing/fixtures';
import { foundIds, indexSegments } from '../../testing/search-index';
import { tempDir } from '../../testing/temp';
import { migrate } from '../migrate';
import { Store } from '../store';
import { migration001 } from './001-initial';
import { migration002 } from './002-notes-search';
import { migration003 } from './003-cheaper-saves';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const pending = (store: Store) =>
  (store.db.prepare('SELECT count(*) AS n FROM notes_fts_pending').get() as { n: number }).n;
/** FTS5's own check that the index matches the notes table word for word. */
const indexMatchesNotes = (store: Store) =>
  store.db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");

function storeWithNote(): Store {
  const store = Store.open(tmp.file('b.sqlite'));
  store.transaction(() => {
    store.visits.create('v1', VISIT_DATA);
    store.notes.create('n1', {
      visitId: 'v1',
      programmeItemId: null,
      title: 'Scene-setter',
      template: null,
      classification: 'OFFICIAL',
      content: doc('Strategic partnership'),
    });
  });
  return store;
}

const save = (store: Store, base: number, text: string, title?: string) =>
  store.transaction(() => store.notes.save('n1', base, doc(text), title));

describe('migration 4 (the search index catches up on the next search)', () => {
  it('upgrades a version 3 file with notes in it; search finds what it found before', () => {
    const file = tmp.file('v3.sqlite');
    const v3 = new BetterSqlite3(file);
    migrate(v3, [migration001, migration002, migration003]);
    v3.exec(`INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04',
      '2021-03-05', 'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`);
    v3.prepare(
      `INSERT INTO notes VALUES ('n1', 'v1', NULL, 'Scene-setter', NULL, 'draft', 'OFFICIAL', ?, 'Strategic partnership',
        1, '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`,
    ).run(JSON.stringify(doc('Strategic partnership')));
    v3.close();
    const store = Store.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    expect(foundIds(store, 'strategic')).toEqual(['n1']);
    save(store, 1, 'Trade above three billion');
    expect(foundIds(store, 'trade')).toEqual(['n1']);
    expect(foundIds(store, 'strategic')).toEqual([]);
    expect(() => indexMatchesNotes(store)).not.toThrow();
    store.close();
  });

  it('saves leave the index alone; the next search finds the new words and not the old ones', () => {
    const store = storeWithNote();
    const before = indexSegments(store);
    save(store, 1, 'Trade above three billion');
    save(store, 2, 'Transport and logistics', 'Meeting brief');
    save(store, 3, 'Cultural and humanitarian cooperation');
    expect(indexSegments(store)).toBe(before);
    expect(pending(store)).toBe(1);

    expect(foundIds(store, 'humanitarian')).toEqual(['n1']);
    expect(foundIds(store, 'brief')).toEqual(['n1']);
    for (const gone of ['strategic', 'trade', 'logistics', 'scene']) expect(foundIds(store, gone)).toEqual([]);
    expect(pending(store)).toBe(0);
    expect(() => indexMatchesNotes(store)).not.toThrow();
    store.close();
  });

  it('a save acknowledged before a crash is found after it, without any search in between', () => {
    const store = storeWithNote();
    save(store, 1, 'Zhambyl region');
    store.close(); // no search ran: the index has not caught up
    const reopened = Store.open(tmp.file('b.sqlite'));
    expect(pending(reopened)).toBe(1);
    expect(foundIds(reopened, 'zhambyl')).toEqual(['n1']);
    expect(() => indexMatchesNotes(reopened)).not.toThrow();
    reopened.close();
  });

  it('a note deleted, or its visit deleted, before the index caught up leaves no words behind', () => {
    for (const remove of [(s: Store) => s.notes.delete('n1'), (s: Store) => s.visits.delete('v1')]) {
      const store = storeWithNote();
      save(store, 1, 'Trade above three billion');
      store.transaction(() => remove(store));
      expect(pending(store)).toBe(0);
      expect(foundIds(store, 'trade')).toEqual([]);
      expect(foundIds(store, 'strategic')).toEqual([]);
      expect(() => indexMatchesNotes(store)).not.toThrow();
      store.close();
      tmp.cleanup();
      tmp = tempDir();
    }
  });
});
