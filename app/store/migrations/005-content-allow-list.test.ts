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

const T = '2021-01-01T00:00:00Z';

/** A note as version 4 could store it: a dangerous link, huge spans, inline CSS, a PowerPoint line break. */
const HOSTILE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        indent: 1e6,
        children: [
          { type: 'text', version: 1, text: 'Line\u000Bbreak ', format: 0, style: 'position:fixed; inset:0' },
          {
            type: 'link',
            version: 1,
            url: ' JaVaScRiPt:alert(1)',
            rel: 'opener',
            children: [{ type: 'text', version: 1, text: 'Trade figures', format: 0 }],
          },
        ],
      },
      {
        type: 'table',
        version: 1,
        children: [
          {
            type: 'tablerow',
            version: 1,
            children: [{ type: 'tablecell', version: 1, colSpan: 1e308, children: [] }],
          },
        ],
      },
    ],
  },
});

function version4File(): string {
  const file = tmp.file('v4.sqlite');
  const v4 = new BetterSqlite3(file);
  migrate(v4, [migration001, migration002, migration003, migration004]);
  v4.exec(`INSERT INTO visits VALUES ('v1', 'Visit to Ankara', 'official', 'TR', 'KZ', 'Ankara', '2021-03-04',
    '2021-03-05', 'Europe/Istanbul', 'planned', 'OFFICIAL', NULL, NULL, '', '${T}', '${T}')`);
  v4.prepare(
    `INSERT INTO notes VALUES ('n1', 'v1', NULL, 'Scene-setter', NULL, 'draft', 'OFFICIAL', ?, 'Linebreak Trade figures',
      2, '${T}', '${T}')`,
  ).run(HOSTILE);
  v4.prepare(
    `INSERT INTO notes VALUES ('n2', 'v1', NULL, 'Clean', NULL, 'draft', 'OFFICIAL', ?, 'Strategic partnership', 1, '${T}', '${T}')`,
  ).run(JSON.stringify(doc('Strategic partnership')));
  const revision = v4.prepare(`INSERT INTO note_revisions VALUES (?, ?, 'created', 'T', 'draft', ?, '${T}')`);
  revision.run('n1', 1, HOSTILE);
  revision.run('n2', 1, JSON.stringify(doc('Strategic partnership')));
  v4.prepare(`INSERT INTO templates VALUES ('t1', 'Lines to take', '', ?, '${T}', '${T}')`).run(HOSTILE);
  v4.close();
  return file;
}

const safe = (json: string) => {
  expect(json.toLowerCase()).not.toMatch(/javascript|opener|position|e\+308|1000000/);
  expect(json).toContain('"type":"linebreak"');
  expect(json).toContain('"colSpan":63');
  expect(json).toContain('Trade figures');
};

describe('migration 5 (content repaired through the allow-list)', () => {
  it('repairs hostile notes, revisions and templates of a version 4 file; clean rows are untouched', () => {
    const file = version4File();
    const before = new BetterSqlite3(file);
    const clean = before.prepare("SELECT content FROM notes WHERE id = 'n2'").pluck().get();
    before.close();

    const store = Store.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    const read = (sql: string) => store.db.prepare(sql).pluck().get() as string;
    safe(read("SELECT content FROM notes WHERE id = 'n1'"));
    safe(read("SELECT content FROM note_revisions WHERE note_id = 'n1' AND revision = 1"));
    safe(read("SELECT content FROM templates WHERE id = 't1'"));
    expect(read("SELECT content FROM notes WHERE id = 'n2'")).toBe(clean);
    // The search text follows the repaired content; revisions and times are not rewritten.
    expect(read("SELECT plain_text FROM notes WHERE id = 'n1'")).toBe('Line\nbreak Trade figures');
    expect(store.notes.get('n1')).toMatchObject({ revision: 2, updatedAt: T });
    expect(foundIds(store, 'trade')).toEqual(['n1']);
    expect(foundIds(store, 'strategic')).toEqual(['n2']);
    // Restoring the repaired revision stays safe.
    safe(JSON.stringify(store.notes.restore('n1', 1, 2).content));
    store.close();
  });

  it('leaves a row it cannot read as content as it was, rather than lose it', () => {
    const file = version4File();
    const v4 = new BetterSqlite3(file);
    v4.prepare("UPDATE notes SET content = ? WHERE id = 'n2'").run(
      '{"root":{"type":"root","children":[{"type":"youtube"}]}}',
    );
    v4.close();
    const store = Store.open(file);
    expect(store.db.prepare("SELECT content FROM notes WHERE id = 'n2'").pluck().get()).toContain('youtube');
    store.close();
  });
});
