import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp';
import { migrate } from '../migrate';
import { Store } from '../store';
import { migration001 } from './001-initial';
import { migration002 } from './002-notes-search';

const tmp = tempDir();
afterEach(() => tmp.cleanup());

describe('migration 2 (notes, search)', () => {
  it('upgrades a version 1 file with data in it, keeping the data and indexing it for search', () => {
    const file = tmp.file('v1.sqlite');
    const v1 = new BetterSqlite3(file);
    migrate(v1, [migration001]);
    v1.prepare(
      `INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04', '2021-03-05',
        'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`,
    ).run();
    v1.prepare(
      `INSERT INTO people VALUES ('p1', 'v1', 'Mevlüt Çavuşoğlu', '["M. Chavoshuglu"]', '[]', 'TR', '', 0)`,
    ).run();
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    expect(migrate(v1, [migration001, migration002])).toEqual({ from: 1, to: 2 });
    expect(v1.pragma('user_version', { simple: true })).toBe(2);
    v1.close();

    const store = Store.open(file);
    expect(store.visits.get('v1').title).toBe('Visit to Ankara');
    expect(store.people.listForVisit('v1')[0]!.aliases).toEqual(['M. Chavoshuglu']);
    expect(store.search.search('chavoshuglu').map((h) => h.id)).toEqual(['p1']);
    expect(store.search.search('ankara').map((h) => h.id)).toEqual(['v1']);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });
});
