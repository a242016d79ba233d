import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WordExport } from '../api/contract';
import { runCli } from '../cli/run';
import type { Note } from '../domain/note';
import type { UserTemplate } from '../store/templates';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import { tempDir } from '../testing/temp';
import { MAX_VISIT_FILE_BYTES } from './format';
import type { ImportResult } from './import';
import { readJsonFile } from './read-file';

/** Hostile visit files (issue 15): cleaned and reported, never stored as they came. */

const FIXTURES = path.join(__dirname, 'fixtures');
/** A visit file as JSON; the tests reach into its notes. */
interface VisitFileJson {
  notes: { content: { root: { children: unknown[] } } }[];
}
const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as VisitFileJson;

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

const importFile = async (file: unknown, templates?: boolean) =>
  value(await t.dispatch('interchange.import', { file, templates })) as ImportResult;
const noteContent = async (id: string) =>
  JSON.stringify((value(await t.dispatch('notes.get', { id })) as Note).content);

describe('a hostile visit file', () => {
  it('has every dangerous link stored as plain text, counted (finding 2)', async () => {
    const file = fixture('hostile-links.json');
    // A 3 MB address, made here rather than kept in the repository.
    file.notes[0]!.content.root.children.push({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'link', version: 1, url: `https://example.org/${'a'.repeat(3_000_000)}`, children: [] }],
    });
    const r = await importFile(file);
    expect(r.cleaned.links).toBe(16);
    const stored = await noteContent('hostile-links-note');
    for (const scheme of [
      'javascript',
      'data:',
      'file:',
      'vbscript',
      'ms-msdt',
      'search-ms',
      'sms:',
      'tel:',
      'attach',
      'rel":"opener',
      '_top',
    ])
      expect(stored.toLowerCase()).not.toContain(scheme);
    expect(stored).not.toContain('\\\\\\\\attacker');
    expect(stored).toContain('"url":"mailto:desk@example.org?subject=Brief"');
    expect(stored).toContain('"url":"https://example.org/bad"');
    expect(stored).toContain('"target":null');
    expect(stored.length).toBeLessThan(100_000);
    // The words of every link are kept.
    expect((stored.match(/click here/g) ?? []).length).toBe(15);
  });

  it('has its spans, indents, list starts, modes and styles made safe, and exports small (findings 1 and 6)', async () => {
    const r = await importFile(fixture('hostile-values.json'));
    expect(r.cleaned.values).toBeGreaterThanOrEqual(8);
    const stored = await noteContent('hostile-spans-note');
    expect(stored).toContain('"colSpan":63');
    expect(stored).not.toMatch(/position|e\+?308|10000000|"start":-5|"mode":"bogus"/);
    expect(stored).toContain('"indent":10');
    const pack = value(await t.dispatch('export.pack', { visitId: 'hostile-spans' })) as WordExport;
    const zip = await JSZip.loadAsync(Buffer.from(pack.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.length).toBeLessThan(500_000); // 200 MB before the spans were bounded
  });

  it('has its text cleaned, not refused, and a table lifted out of a list item (issue 14, items 1 and 4)', async () => {
    const r = await importFile(fixture('hostile-text-and-template.json'));
    expect(r.cleaned.characters).toBe(8);
    expect(r.cleaned.moved).toBeGreaterThan(0);
    const content = (value(await t.dispatch('notes.get', { id: 'hostile-text-note' })) as Note).content as {
      root: { children: { type: string }[] };
    };
    expect(content.root.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list', 'table']);
    const stored = JSON.stringify(content);
    expect(stored).toContain('\uFFFD');
    expect(stored).toContain('👩‍👩‍👧');
    // eslint-disable-next-line no-control-regex -- the characters that must not be stored
    expect(stored).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\\u000[0-8bc]/i);
    value(await t.dispatch('export.note', { noteId: 'hostile-text-note' }));
  });

  it('adds no template unless asked, and lists the one it holds (finding 5)', async () => {
    const r = await importFile(fixture('hostile-text-and-template.json'));
    expect(r.templatesInFile).toEqual([
      { id: 'template-attacker', name: 'Attacker-chosen lines to take', outcome: 'not-asked' },
    ]);
    expect(value(await t.dispatch('templates.list', {}))).toEqual([]);
  });
});

describe('every save through the contract goes through the allow-list (finding 2)', () => {
  const hostileDoc = () => {
    const d = doc('x') as unknown as { root: { children: { children: unknown[] }[] } };
    d.root.children[0]!.children.push({
      type: 'link',
      version: 1,
      url: ' JaVa\tScRiPt:alert(1)',
      rel: 'opener',
      target: '_top',
      children: [{ type: 'text', version: 1, text: 'go\u000B', format: 0, style: 'position:fixed' }],
    });
    return d;
  };
  const clean = (json: string) => {
    expect(json.toLowerCase()).not.toMatch(/javascript|opener|_top|position/);
    expect(json).toContain('"type":"linebreak"');
  };

  it('notes.create and notes.save', async () => {
    const visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as { id: string };
    const note = value(
      await t.dispatch('notes.create', { visitId: visit.id, title: 'N', content: hostileDoc() }),
    ) as Note;
    clean(JSON.stringify(note.content));
    value(await t.dispatch('notes.save', { id: note.id, baseRevision: note.revision, content: hostileDoc() }));
    clean(await noteContent(note.id));
  });

  it('templates.save', async () => {
    const saved = value(await t.dispatch('templates.save', { name: 'T', content: hostileDoc() })) as UserTemplate;
    clean(JSON.stringify(saved.content));
  });
});

describe('a visit file over 64 MB (finding 7)', () => {
  it('is refused by the CLI from its size, before it is read', async () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('huge.json');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, MAX_VISIT_FILE_BYTES + 1); // sparse: nothing to read, and no JSON either
      expect(() => readJsonFile(file)).toThrow('too large to import (65 MB; a visit file may be at most 64 MB)');
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['--db', tmp.file('b.sqlite'), 'import', file], {
        out: (s: string) => out.push(s),
        err: (s: string) => err.push(s),
        env: {},
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toContain('too large to import');
    } finally {
      tmp.cleanup();
    }
  });

  it('is refused by the handler when given as text, before it is parsed', async () => {
    const text = ' '.repeat(MAX_VISIT_FILE_BYTES + 1);
    const r = await t.dispatch('interchange.import', { file: text });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain('too large to import');
  });

  it('given as text under the limit, imports like the parsed file', async () => {
    const r = await importFile(JSON.stringify(fixture('hostile-values.json')));
    expect(r.visitId).toBe('hostile-spans');
  });
});
