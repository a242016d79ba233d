import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../store/store';
import { doc } from '../testing/fixtures';
import { tempDir } from '../testing/temp';
import { runCli } from './run';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(async () => {
  tmp = tempDir();
  db = tmp.file('b.sqlite');
  expect((await cli('seed-demo')).code).toBe(0);
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('interchange through the CLI', () => {
  it('export-json then import into a fresh database gives back identical data and the same ids', async () => {
    const first = tmp.file('visit.json');
    expect((await cli('export-json', '--visit', 'demo-visit-kz-tr-2021', '--out', first)).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(first, 'utf8'));
    expect(exported).toMatchObject({ format: 'briefing.visit', version: 2, visit: { id: 'demo-visit-kz-tr-2021' } });
    expect(exported.notes.length).toBeGreaterThan(0);

    db = tmp.file('other.sqlite');
    const imported = await cli('import', first);
    expect(imported).toMatchObject({ code: 0, out: 'demo-visit-kz-tr-2021' });
    const second = tmp.file('again.json');
    await cli('export-json', '--visit', 'demo-visit-kz-tr-2021', '--out', second);
    expect(JSON.parse(fs.readFileSync(second, 'utf8'))).toEqual(exported);
  });

  it("export-json carries the user's own templates and import brings them to another database", async () => {
    const store = Store.open(db);
    store.templates.save('template-house-style', { name: 'House style', description: '', content: doc('Objective') });
    store.close();
    const file = tmp.file('visit.json');
    expect((await cli('export-json', '--visit', 'demo-visit-kz-tr-2021', '--out', file)).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.templates).toEqual([expect.objectContaining({ id: 'template-house-style', name: 'House style' })]);

    db = tmp.file('other.sqlite');
    // Templates come only when asked for, and the output says so either way.
    expect(await cli('import', file)).toMatchObject({
      code: 0,
      out: 'demo-visit-kz-tr-2021',
      err: 'The file also holds 1 template, not imported (import with --templates to add them): “House style”.',
    });
    expect(await cli('import', file, '--replace', '--templates')).toMatchObject({
      code: 0,
      out: 'demo-visit-kz-tr-2021',
      err: 'Templates added: “House style”.',
    });
    const again = Store.open(db);
    expect(again.templates.list()).toEqual(exported.templates);
    again.close();

    // Another visit carrying the same template: the one already here is kept, and the output says so.
    const other = {
      ...exported,
      visit: { ...exported.visit, id: 'other-visit', principalId: null, counterpartId: null },
    };
    fs.writeFileSync(file, JSON.stringify({ ...other, people: [], programme: [], notes: [] }));
    const kept = await cli('import', file, '--templates');
    expect(kept).toMatchObject({ code: 0, out: 'other-visit' });
    expect(kept.err).toBe('Templates already here, kept as they are: “House style”.');
  });

  it('refuses to import over an existing visit unless --replace', async () => {
    const file = tmp.file('visit.json');
    await cli('export-json', '--visit', 'demo-visit-kz-tr-2021', '--out', file);
    const refused = await cli('import', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists; import with --replace');
    expect((await cli('import', file, '--replace')).code).toBe(0);
    expect(JSON.parse((await cli('list', '--json')).out)).toHaveLength(1);
  });

  it.each([
    [{ visit: { startDate: 'soon' } }, 'visit.startDate: Start date must be a date written YYYY-MM-DD'],
    [{ format: 'word' }, 'format: must be "briefing.visit"'],
    [{ people: [{ id: 'p1', name: 42 }] }, 'people.0.name'],
    [
      {
        notes: [
          {
            id: 'n',
            title: 'T',
            classification: 'OFFICIAL',
            content: { root: { type: 'root', children: [{ type: 'youtube', version: 1 }] } },
          },
        ],
      },
      'notes.0.content.root.children.0.type: unknown node type "youtube"',
    ],
    [
      { programme: [{ id: 'i', start: '2021-03-04T10:00', title: 'T', participants: ['ghost'] }] },
      'programme.0.participants.0: no person with id ghost in the file',
    ],
  ])('names the JSON path of the first problem and writes nothing (%j)', async (patch, message) => {
    const file = tmp.file('visit.json');
    await cli('export-json', '--visit', 'demo-visit-kz-tr-2021', '--out', file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.visit.id = 'new-visit';
    json.people = json.people.map((p: { id: string }) => ({ ...p, id: `new-${p.id}` }));
    json.programme = [];
    json.notes = [];
    json.visit.principalId = null;
    json.visit.counterpartId = null;
    for (const [k, v] of Object.entries(patch)) json[k] = k === 'visit' ? { ...json.visit, ...v } : v;
    fs.writeFileSync(file, JSON.stringify(json));
    const r = await cli('import', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(JSON.parse((await cli('list', '--json')).out)).toHaveLength(1);
  });

  it('says clearly when the file is missing or not JSON', async () => {
    expect((await cli('import', tmp.file('nope.json'))).err).toContain('Cannot read');
    fs.writeFileSync(tmp.file('bad.json'), '{ "format": ');
    expect((await cli('import', tmp.file('bad.json'))).err).toContain('is not valid JSON');
  });
});

describe('notes through the CLI', () => {
  it('note get prints the note; note put saves a new revision and prints it; a stale --base is a conflict', async () => {
    const got = JSON.parse((await cli('note', 'get', '--id', 'demo-note-scene-setter')).out);
    expect(got).toMatchObject({ id: 'demo-note-scene-setter', revision: 1 });
    const file = tmp.file('content.json');
    got.content.root.children[0].children[0].text = 'Scene-setter (revised)';
    fs.writeFileSync(file, JSON.stringify(got));
    expect(await cli('note', 'put', '--id', 'demo-note-scene-setter', '--file', file, '--base', '1')).toMatchObject({
      code: 0,
      out: '2',
    });
    const stale = await cli('note', 'put', '--id', 'demo-note-scene-setter', '--file', file, '--base', '1');
    expect(stale.code).toBe(1);
    expect(stale.out).toBe('');
    expect(stale.err).toContain('revision 2');
    expect(JSON.parse((await cli('note', 'get', '--id', 'demo-note-scene-setter')).out).revision).toBe(2);
  });
});

describe('search, check and backup', () => {
  it('search finds a person by a spelling without diacritics', async () => {
    const r = await cli('search', 'cavusoglu');
    expect(r.out).toContain('Mevlüt Çavuşoğlu');
  });

  it('check passes on a healthy database; backup writes a copy that opens and holds the data', async () => {
    expect((await cli('check')).out).toContain('passed the integrity check');
    // --out's folder must exist (a mistyped folder is reported, not created: cli-bad-input.test.ts).
    fs.mkdirSync(tmp.file('backups'));
    const copy = tmp.file('backups/copy.sqlite');
    expect((await cli('backup', '--out', copy)).code).toBe(0);
    db = copy;
    expect(JSON.parse((await cli('list', '--json')).out)).toHaveLength(1);
  });

  it('backup refuses to overwrite the database itself', async () => {
    const r = await cli('backup', '--out', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot overwrite the database itself');
  });
});

describe('export of an unfinished note through the CLI', () => {
  it('leaves placeholders out and warns naming the note; --keep-placeholders keeps them', async () => {
    const store = Store.open(db);
    const { id } = store.transaction(() =>
      store.notes.create('cli-brief', {
        visitId: 'demo-visit-kz-tr-2021',
        programmeItemId: null,
        title: 'Unfinished brief',
        template: null,
        classification: 'OFFICIAL',
        content: {
          root: {
            type: 'root',
            version: 1,
            children: [
              { type: 'paragraph', version: 1, children: [{ type: 'placeholder', version: 1, text: 'Say why' }] },
            ],
          },
        },
      }),
    );
    store.close();
    const plain = tmp.file('plain.docx');
    const r = await cli('export', '--note', id, '--out', plain);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: Unfinished brief: 1 placeholder');
    const JSZip = (await import('jszip')).default;
    const body = async (file: string) =>
      (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(await body(plain)).not.toContain('Say why');
    const kept = tmp.file('kept.docx');
    expect((await cli('export', '--note', id, '--out', kept, '--keep-placeholders')).code).toBe(0);
    expect(await body(kept)).toContain('[Say why]');
  });
});
