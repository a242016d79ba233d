import fs from 'node:fs';
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

describe('briefing CLI', () => {
  it('init creates the database file, and is idempotent', async () => {
    const db = tmp.file('a/b.sqlite');
    const first = await cli('--db', db, 'init');
    expect(first.code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    const second = await cli('--db', db, 'init', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({ database: db });
  });

  it('seed-demo loads the demo visit once and list shows it', async () => {
    const db = tmp.file('b.sqlite');
    expect((await cli('--db', db, 'seed-demo')).out).toContain('Loaded the demo visit');
    expect((await cli('--db', db, 'seed-demo')).out).toContain('already there');
    const listed = await cli('--db', db, 'list', '--json');
    const visits = JSON.parse(listed.out) as { id: string; city: string }[];
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ id: 'demo-visit-kz-tr-2021', city: 'Ankara' });
    expect((await cli('--db', db, 'list')).out).toContain('Ankara (KZ → TR)');
  });

  it('list on a fresh database says how to start', async () => {
    const r = await cli('--db', tmp.file('c.sqlite'), 'list');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('No visits yet');
  });

  it.each([
    [['--db', 'X', 'frobnicate'], 2, 'unknown command "frobnicate"'],
    [['--db', 'X'], 2, 'no command given'],
    [['--db', 'X', 'list', '--colour'], 2, 'unknown option --colour'],
    [['list', '--db'], 2, '--db needs a value'],
    [['--db', 'X', 'init', 'extra'], 2, 'init takes no arguments'],
  ])('%j fails with exit %i and one line on stderr', async (argv, code, message) => {
    const r = await cli(...argv.map((a) => (a === 'X' ? tmp.file('x.sqlite') : a)));
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(message);
  });

  it('refuses a file that is not a database, exit 1, the file untouched', async () => {
    const file = tmp.file('draft.docx');
    fs.writeFileSync(file, 'PK not sqlite');
    const r = await cli('--db', file, 'list');
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a Briefing database');
    expect(fs.readFileSync(file, 'utf8')).toBe('PK not sqlite');
  });
});
