import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp';
import { migrate } from '../migrate';
import { Store } from '../store';
import { migration001 } from './001-initial';
import { migration002 } from './002-notes-search';
import { migration003 } from './003-cheaper-saves';
import { migration004 } from './004-search-index-catch-up';

describe('migration 7 (the pack choice kept with the visit)', () => {
  it('upgrades a file with a visit in it: the default choice first, a kept one after, gone with the visit', () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('v4.sqlite');
      const v4 = new BetterSqlite3(file);
      migrate(v4, [migration001, migration002, migration003, migration004]);
      v4.exec(`INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04',
        '2021-03-05', 'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')`);
      v4.close();
      const store = Store.open(file);
      try {
        expect(store.visits.get('v1').title).toBe('Visit to Ankara');
        expect(store.packChoices.get('v1')).toEqual({
          leftOut: [],
          includeDrafts: true,
          cover: {},
          numberedParagraphs: false,
        });
        store.packChoices.set('v1', {
          leftOut: [],
          includeDrafts: false,
          cover: { reference: 'R/1' },
          numberedParagraphs: true,
        });
        expect(store.packChoices.get('v1').cover.reference).toBe('R/1');
        store.visits.delete('v1');
        expect(store.packChoices.has('v1')).toBe(false);
      } finally {
        store.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
