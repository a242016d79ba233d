import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { runCli } from './run';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const LIBREOFFICE_DOCX = path.join(__dirname, '../import/fixtures/libreoffice-background.docx');
const VISIT = 'demo-visit-kz-tr-2021';

describe('briefing import-docx', () => {
  it('prints the new note id, warns about what did not come in, and the note is there', async () => {
    const db = tmp.file('a.sqlite');
    await cli('--db', db, 'seed-demo');
    const r = await cli('--db', db, 'import-docx', LIBREOFFICE_DOCX, '--visit', VISIT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^note-\S+$/);
    expect(r.err).toBe('warning: 1 image was not imported.');
    const note = JSON.parse((await cli('--db', db, 'note', 'get', '--id', r.out)).out) as { title: string };
    expect(note.title).toBe('libreoffice-background');
  });

  it('--title names the note; --json gives the id and the report', async () => {
    const db = tmp.file('b.sqlite');
    await cli('--db', db, 'seed-demo');
    const r = await cli(
      '--db',
      db,
      'import-docx',
      LIBREOFFICE_DOCX,
      '--visit',
      VISIT,
      '--title',
      'Background',
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({ title: 'Background', report: { images: 1, comments: 0 } });
  });

  it('a file that is not a .docx: exit 1, one line, no note', async () => {
    const db = tmp.file('c.sqlite');
    await cli('--db', db, 'seed-demo');
    const before = (await cli('--db', db, 'search', 'Objectives', '--json')).out;
    const file = tmp.file('brief.docx');
    fs.writeFileSync(file, 'just text');
    const r = await cli('--db', db, 'import-docx', file, '--visit', VISIT);
    expect(r.code).not.toBe(0);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('not a Word document (.docx)');
    expect((await cli('--db', db, 'search', 'Objectives', '--json')).out).toBe(before);
  });

  it('usage mistakes are caught before anything is opened', async () => {
    expect((await cli('--db', tmp.file('d.sqlite'), 'import-docx', LIBREOFFICE_DOCX)).err).toContain('needs --visit');
    expect(
      (await cli('--db', tmp.file('d.sqlite'), 'import-docx', tmp.file('missing.docx'), '--visit', VISIT)).err,
    ).toContain('Cannot read');
  });
});
