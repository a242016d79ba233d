import JSZip from 'jszip';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/store';
import { doc } from '../testing/fixtures';
import { tempDir } from '../testing/temp';
import { runCli } from './run';

/**
 * The CLI exports in a budgeted worker process (app/jobs): a note whose table cell spans ten
 * million columns (stored before the content rules refused such spans) makes the export needing
 * 1.6 GB stop at the 1 GB budget with a clear one-line error, instead of taking the machine.
 */
describe('a pathological note through the CLI', () => {
  const tmp = tempDir();
  const db = tmp.file('b.sqlite');
  let noteId: string;

  beforeAll(() => {
    const store = Store.open(db);
    const visit = store.visits.create('visit-1', {
      title: 'Official visit to Ankara',
      kind: 'official',
      hostCountry: 'TR',
      guestCountry: 'KZ',
      city: 'Ankara',
      startDate: '2021-03-04',
      endDate: '2021-03-05',
      timeZone: 'Europe/Istanbul',
      status: 'planned',
      classification: 'OFFICIAL',
      principalId: null,
      counterpartId: null,
      description: '',
    });
    noteId = store.notes.create('note-1', {
      visitId: visit.id,
      programmeItemId: null,
      title: 'Spans',
      template: null,
      classification: 'OFFICIAL',
      content: doc('fine'),
    }).id;
    // Written past the store's checks: a row from before the content rules.
    const cell = {
      type: 'tablecell',
      version: 1,
      headerState: 0,
      colSpan: 1e7,
      rowSpan: 1,
      children: doc('x').root.children,
    };
    const table = { type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [cell] }] };
    store.db
      .prepare('UPDATE notes SET content = ? WHERE id = ?')
      .run(JSON.stringify({ root: { ...doc().root, children: [table] } }), noteId);
    store.close();
  });
  afterAll(() => tmp.cleanup());

  it('exports it, the span clamped: a row from before the content rules cannot blow up an export', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const file = tmp.file('spans.docx');
    const code = await runCli(['--db', db, 'export', '--note', noteId, '--out', file], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env: {},
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const xml = (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect((await xml).match(/<w:gridCol /g)?.length).toBe(63);
  }, 90_000);
});
