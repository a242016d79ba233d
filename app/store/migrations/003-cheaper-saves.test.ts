import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc } from '../../testing/fixtures';
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

function versionTwoFile(): string {
  const file = tmp.file('v2.sqlite');
  const v2 = new BetterSqlite3(file);
  migrate(v2, [migration001, migration002]);
  v2.exec(`
    INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04', '2021-03-05',
      'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
    INSERT INTO people VALUES ('p1', 'v1', 'Mevlüt Çavuşoğlu', '["M. Chavoshuglu"]', '[]', 'TR', '', 0);
  `);
  v2.prepare(
    `INSERT INTO notes VALUES ('n1', 'v1', NULL, 'Scene-setter', NULL, 'draft', 'OFFICIAL', ?, 'Strategic partnership',
      1, '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`,
  ).run(JSON.stringify(doc('Strategic partnership')));
  v2.close();
  return file;
}

describe('migration 3 (cheaper saves)', () => {
  it('upgrades a version 2 file with data in it; search finds what it found before', () => {
    const file = versionTwoFile();
    const raw = new BetterSqlite3(file);
    expect(migrate(raw, [migration001, migration002, migration003])).toEqual({ from: 2, to: 3 });
    raw.close();
    const store = Store.open(file);
    expect(foundIds(store, 'strategic')).toEqual(['n1']);
    expect(foundIds(store, 'cavusoglu')).toEqual(['p1']);
    expect(foundIds(store, 'ankara')).toEqual(['v1']);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('keeps search in step when the text or title changes, and leaves the index alone when neither does', () => {
    const store = Store.open(versionTwoFile());
    store.transaction(() => store.notes.save('n1', 1, doc('Trade above three billion'), 'Meeting brief'));
    expect(foundIds(store, 'trade')).toEqual(['n1']);
    expect(foundIds(store, 'brief')).toEqual(['n1']);
    expect(foundIds(store, 'strategic')).toEqual([]);
    expect(foundIds(store, 'scene')).toEqual([]);

    // Same words, now in bold: the note gets a new revision, the index is not rewritten.
    const before = indexSegments(store);
    const bold = doc('Trade above three billion');
    (bold.root.children[0] as { children: { format: number }[] }).children[0]!.format = 1;
    store.transaction(() => store.notes.save('n1', 2, bold));
    expect(store.notes.get('n1')).toMatchObject({ revision: 3, content: bold });
    expect(indexSegments(store)).toBe(before);
    expect(foundIds(store, 'trade')).toEqual(['n1']);

    store.transaction(() => store.people.update('p1', { ...store.people.get('p1'), biography: 'Born in Alanya' }));
    store.transaction(() => store.visits.update('v1', { ...store.visits.get('v1'), status: 'confirmed' }));
    expect(foundIds(store, 'chavoshuglu')).toEqual(['p1']);
    expect(foundIds(store, 'ankara')).toEqual(['v1']);
    for (const table of ['notes_fts', 'people_fts', 'visits_fts']) {
      expect(() => store.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    }
    store.close();
  });
});
