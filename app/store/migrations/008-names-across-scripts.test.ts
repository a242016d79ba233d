import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc } from '../../testing/fixtures';
import { foundIds } from '../../testing/search-index';
import { tempDir } from '../../testing/temp';
import { migrate } from '../migrate';
import { Store } from '../store';
import { migration001 } from './001-initial';
import { migration002 } from './002-notes-search';
import { migration003 } from './003-cheaper-saves';
import { migration004 } from './004-search-index-catch-up';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** A version 4 file: a visit, two people, a programme item and two notes (one not yet indexed). */
function versionFourFile(): string {
  const file = tmp.file('v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrate(v4, [migration001, migration002, migration003, migration004]);
  v4.exec(`
    INSERT INTO visits VALUES ('v1', 'Visit to Nur-Sultan', 'official', 'KZ', 'TR', 'Nur-Sultan', '2021-03-04',
      '2021-03-05', 'Asia/Almaty', 'planned', 'OFFICIAL', NULL, NULL, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
    INSERT INTO people VALUES ('p1', 'v1', 'Mukhtar Tleuberdi', '["M. Tleuberdi"]', '[]', 'KZ', '', 0);
    INSERT INTO people VALUES ('p2', 'v1', 'Mevlüt Çavuşoğlu', '[]', '[]', 'TR', '', 1);
    INSERT INTO programme_items VALUES ('i1', 'v1', '2021-03-04T11:00', NULL, 'Talks', 'Akorda');
  `);
  const note = v4.prepare(
    `INSERT INTO notes VALUES (?, 'v1', NULL, ?, NULL, 'draft', 'OFFICIAL', ?, ?, 1, '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`,
  );
  note.run('n1', 'Scene-setter', JSON.stringify(doc('Talks with Nazarbayev')), 'Talks with Nazarbayev');
  note.run('n2', 'Встреча', JSON.stringify(doc('Беседа с Тлеуберди')), 'Беседа с Тлеуберди');
  // n2 saved again under version 4: its index entry waits in notes_fts_pending.
  v4.prepare(`UPDATE notes SET plain_text = 'Беседа с Тлеуберди и Чавушоглу' WHERE id = 'n2'`).run();
  v4.close();
  return file;
}

describe('migration 8 (names across scripts, calendar UIDs)', () => {
  it('upgrades a version 4 file with data in it; search then finds names across scripts', () => {
    const store = Store.open(versionFourFile());
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
    // What version 4 found, it still finds.
    expect(foundIds(store, 'nazarbayev')).toEqual(['n1']);
    expect(foundIds(store, 'Nur-Sultan')).toEqual(['v1']);
    // Cyrillic finds Latin and Latin finds Cyrillic, with the usual spelling variants.
    expect(foundIds(store, 'Назарбаев')).toEqual(['n1']);
    expect(foundIds(store, 'Nazarbaev')).toEqual(['n1']);
    expect(foundIds(store, 'Нур-Султан')).toEqual(['v1']);
    expect(foundIds(store, 'Тлеуберди').sort()).toEqual(['n2', 'p1']);
    expect(foundIds(store, 'Tleuberdy').sort()).toEqual(['n2', 'p1']);
    expect(foundIds(store, 'Cavusoglu').sort()).toEqual(['n2', 'p2']);
    expect(foundIds(store, 'Чавушоглу').sort()).toEqual(['n2', 'p2']);
    // The shadow says where the match is.
    const hit = store.search.search('Tleuberdi').find((h) => h.id === 'n2')!;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Тлеуберди']);
    // The data is all there, with the new columns empty.
    expect(store.people.listForVisit('v1').map((p) => [p.name, p.nativeName])).toEqual([
      ['Mukhtar Tleuberdi', undefined],
      ['Mevlüt Çavuşoğlu', undefined],
    ]);
    expect(store.programme.listForVisit('v1')).toMatchObject([{ id: 'i1', title: 'Talks', location: 'Akorda' }]);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('keeps the shadows in step with saves, renames, a native-script name and deletions', () => {
    const store = Store.open(versionFourFile());
    store.transaction(() => store.notes.save('n1', 1, doc('Call on Tokayev')));
    expect(foundIds(store, 'Назарбаев')).toEqual([]);
    expect(foundIds(store, 'Токаев')).toEqual(['n1']);
    const p1 = store.people.get('p1');
    store.transaction(() => store.people.update('p1', { ...p1, nativeName: 'Мұхтар Тілеуберді' }));
    expect(store.people.get('p1').nativeName).toBe('Мұхтар Тілеуберді');
    expect(foundIds(store, 'Тілеуберді')).toEqual(['p1']);
    store.transaction(() => store.visits.update('v1', { ...store.visits.get('v1'), city: 'Astana' }));
    expect(foundIds(store, 'Астана')).toEqual(['v1']);
    expect(foundIds(store, 'Нур-Султан')).toEqual(['v1']); // still in the title
    store.transaction(() => store.notes.delete('n2'));
    expect(foundIds(store, 'Тлеуберди')).toEqual(['p1']);
    store.transaction(() => store.visits.delete('v1'));
    expect(foundIds(store, 'Tleuberdi')).toEqual([]);
    expect(foundIds(store, 'Токаев')).toEqual([]);
    for (const table of ['notes_latin', 'people_latin', 'visits_latin']) {
      expect((store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    store.close();
  });
});
