import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteContent } from '../../domain/content';
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

const T = '2021-01-01T00:00:00Z';
const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
/** A note as the first wave wrote it from the meeting brief: an italic prompt in a list item. */
const OLD: NoteContent = {
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'paragraph', version: 1, children: [text('Strategic partnership')] },
      {
        type: 'list',
        version: 1,
        listType: 'bullet',
        children: [
          { type: 'listitem', version: 1, textFormat: 2, children: [text('[Short points, in order.]', 2)] },
          { type: 'listitem', version: 1, children: [text('[my own italic brackets] stay', 2)] },
        ],
      },
    ],
  },
} as unknown as NoteContent;

function version4File(): string {
  const file = tmp.file('v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrate(v4, [migration001, migration002, migration003, migration004]);
  v4.exec(`INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04',
    '2021-03-05', 'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '${T}', '${T}')`);
  const json = JSON.stringify(OLD);
  v4.prepare(
    `INSERT INTO notes VALUES ('n1', 'v1', NULL, 'Brief', 'meeting-brief', 'cleared', 'OFFICIAL', ?,
      'Strategic partnership [Short points, in order.]', 3, '${T}', '${T}')`,
  ).run(json);
  v4.prepare(`INSERT INTO note_revisions VALUES ('n1', 3, 'status', 'Brief', 'cleared', ?, '${T}')`).run(json);
  v4.prepare(`INSERT INTO templates VALUES ('t1', 'Mine', '', ?, '${T}', '${T}')`).run(json);
  // A brief cleared for a meeting with one participant.
  v4.exec(`INSERT INTO people (id, visit_id, name, titles, position)
    VALUES ('p1', 'v1', 'Fuat Oktay', '[{"title":"Vice-President"}]', 0)`);
  v4.exec(`INSERT INTO programme_items VALUES ('i1', 'v1', '2021-03-05T10:00', '2021-03-05T11:00', 'Call', NULL)`);
  v4.exec(`INSERT INTO programme_participants VALUES ('i1', 'p1', 0)`);
  const meeting = JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'field', version: 1, field: 'meeting.participants' }] },
      ],
    },
  });
  v4.prepare(
    `INSERT INTO notes VALUES ('n2', 'v1', 'i1', 'Call brief', NULL, 'cleared', 'RESTRICTED', ?, '', 2, '${T}', '${T}')`,
  ).run(meeting);
  v4.close();
  return file;
}

const placeholderOf = (content: NoteContent) =>
  (content.root.children[1] as unknown as { children: { textFormat?: number; children: unknown[] }[] }).children;

describe('migration 6 (note lifecycle)', () => {
  it('upgrades a version 4 file: prompts of notes, revisions and templates become placeholders; data kept', () => {
    const store = Store.open(version4File());
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
      const note = store.notes.get('n1');
      // Cleared before the upgrade: frozen with what the visit gives at the upgrade.
      expect(note).toMatchObject({ status: 'cleared', revision: 3, updatedAt: T });
      expect(note.clearance).toEqual({
        by: 'Unknown author',
        at: T,
        fields: {
          'visit.title': 'Visit to Ankara',
          'visit.dates': '4–5 March 2021',
          'visit.city': 'Ankara',
          'visit.hostCountry': 'Türkiye',
        },
      });
      expect(store.notes.get('n2').clearance?.fields).toMatchObject({
        'meeting.participants': 'Fuat Oktay, Vice-President',
        'meeting.time': 'Friday 5 March 2021, 10:00–11:00 local time (Ankara)',
        'meeting.place': null,
      });
      const items = placeholderOf(note.content as NoteContent);
      expect(items[0]).toMatchObject({
        textFormat: 0,
        children: [{ type: 'placeholder', version: 1, text: 'Short points, in order.' }],
      });
      expect(items[1]!.children).toEqual([text('[my own italic brackets] stay', 2)]);
      expect(placeholderOf(store.notes.revision('n1', 3).content as NoteContent)[0]!.children[0]).toMatchObject({
        type: 'placeholder',
      });
      expect(placeholderOf(store.templates.get('t1').content)[0]!.children[0]).toMatchObject({ type: 'placeholder' });
      expect(store.notes.revisions('n1')).toEqual([
        { revision: 3, reason: 'status', title: 'Brief', status: 'cleared', createdAt: T },
      ]);
      // The prompt is no longer the note's words for search; its own words still are.
      expect(foundIds(store, 'strategic')).toEqual(['n1']);
      expect(foundIds(store, 'short points')).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('after the upgrade, history takes details entries with who and what, and clearing keeps its values', () => {
    const store = Store.open(version4File());
    try {
      store.transaction(() => store.notes.setStatus('n1', 'draft', 3, { by: 'Desk' }));
      store.transaction(() =>
        store.notes.updateDetails('n1', { classification: 'RESTRICTED' }, { by: 'Desk', detail: 'raised' }),
      );
      store.transaction(() => store.notes.setStatus('n1', 'review'));
      const cleared = store.transaction(() =>
        store.notes.setStatus('n1', 'cleared', undefined, { by: 'Desk', frozen: { 'meeting.time': null } }),
      );
      expect(cleared.clearance).toMatchObject({ by: 'Desk', fields: { 'meeting.time': null } });
      expect(store.notes.revisions('n1').map((r) => [r.reason, r.by, r.detail])).toEqual([
        ['status', 'Desk', undefined],
        ['status', undefined, undefined],
        ['details', 'Desk', 'raised'],
        ['reopened', 'Desk', undefined],
        ['status', undefined, undefined],
      ]);
    } finally {
      store.close();
    }
  });
});
