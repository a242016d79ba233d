import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { tempDir } from '../testing/temp';
import { runCli } from './run';

/**
 * Every command of design §5 with bad input: one line on stderr naming the problem, a non-zero exit
 * (2: the command line is wrong; 1: it could not be done), nothing on stdout, and nothing written:
 * every file in the folder, the database included, is byte for byte as it was.
 */

const VISIT = 'demo-visit-kz-tr-2021';
const NOTE = 'demo-note-scene-setter';

let seeded: ReturnType<typeof tempDir>;
let tmp: ReturnType<typeof tempDir>;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file and folder under dir with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        out[name] = 'folder';
        walk(name);
      } else {
        out[name] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex');
      }
    }
  };
  walk('');
  return out;
}

const youtube = { root: { type: 'root', children: [{ type: 'youtube', version: 1 }] } };

beforeAll(async () => {
  seeded = tempDir();
  const db = seeded.file('briefing.sqlite');
  expect((await cli(['--db', db, 'seed-demo'])).code).toBe(0);
  expect((await cli(['--db', db, 'export-json', '--visit', VISIT, '--out', seeded.file('visit.json')])).code).toBe(0);
});
afterAll(() => seeded.cleanup());

beforeEach(() => {
  tmp = tempDir();
  const file = (name: string, data: string | Buffer) => fs.writeFileSync(tmp.file(name), data);
  const db = fs.readFileSync(seeded.file('briefing.sqlite'));
  file('briefing.sqlite', db);
  const visit = fs.readFileSync(seeded.file('visit.json'), 'utf8');
  file('visit.json', visit);
  // A new visit (so not refused as existing) whose one note holds a node type Briefing does not know.
  const json = JSON.parse(visit);
  file(
    'bad-visit.json',
    JSON.stringify({
      ...json,
      visit: { ...json.visit, id: 'other-visit', principalId: null, counterpartId: null },
      people: [],
      programme: [],
      notes: [{ id: 'other-note', title: 'T', status: 'draft', classification: 'OFFICIAL', content: youtube }],
    }),
  );
  file('not-json.json', '{ "format": ');
  file('unknown-node.json', JSON.stringify(youtube));
  file('content.json', JSON.stringify({ root: { type: 'root', children: [] } }));
  file('a-file', 'not a folder');
  fs.mkdirSync(tmp.file('a-folder'));
  file('not-sqlite.sqlite', 'PK\u0003\u0004 a Word file, not a database');
  file('damaged.sqlite', Buffer.concat([Buffer.from('SQLite format 3\0'), crypto.randomBytes(8000)]));
  file('truncated.sqlite', db.subarray(0, 8192));
  const newer = new BetterSqlite3(tmp.file('newer.sqlite'));
  newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  newer.exec('CREATE TABLE from_a_newer_briefing (x)');
  newer.close();
});
afterEach(() => tmp.cleanup());

type Case = [what: string, argv: string[], code: 1 | 2, message: string];

/** Placeholders: DB the seeded database, F:name a file in the test folder. */
function expand(argv: string[]): string[] {
  const withDb = argv[0] === '--db' ? argv : ['--db', 'DB', ...argv];
  return withDb.map((a) => (a === 'DB' ? tmp.file('briefing.sqlite') : a.startsWith('F:') ? tmp.file(a.slice(2)) : a));
}

const COMMAND_LINE: Case[] = [
  ['no command', [], 2, 'no command given'],
  ['an unknown command', ['frobnicate'], 2, 'unknown command "frobnicate"'],
  ['an unknown option', ['list', '--colour'], 2, 'unknown option --colour'],
  ['--db without its value', ['list', '--db'], 2, '--db needs a value'],
  ['an empty --db', ['--db', '', 'list'], 2, '--db needs a file name'],
  ['init with an argument', ['init', 'now'], 2, 'init takes no arguments'],
  ['init with an option of another command', ['init', '--out', 'F:x'], 2, 'init takes no --out'],
  ['seed-demo with an option of another command', ['seed-demo', '--replace'], 2, 'seed-demo takes no --replace'],
  ['list with --visit', ['list', '--visit', VISIT], 2, 'list takes no --visit'],
  ['check with an argument', ['check', 'all'], 2, 'check takes no arguments'],
  ['a flag given a value it does not take', ['list', '--json=yes'], 2, '--json takes no value'],
];

const BACKUP: Case[] = [
  ['backup without --out', ['backup'], 2, 'backup needs --out'],
  ['backup --out without its value', ['backup', '--out'], 2, '--out needs a value'],
  ['backup into a missing folder', ['backup', '--out', 'F:missing/copy.sqlite'], 1, 'missing does not exist'],
  ['backup onto a folder', ['backup', '--out', 'F:a-folder'], 1, 'a-folder is a folder; name a file in it'],
  ['backup under a file', ['backup', '--out', 'F:a-file/copy.sqlite'], 1, 'a-file is a file, not a folder'],
  ['backup over the database itself', ['backup', '--out', 'DB'], 1, 'cannot overwrite the database itself'],
];

const IMPORT: Case[] = [
  ['import without a file', ['import'], 2, 'import needs exactly one file'],
  ['import with two files', ['import', 'F:visit.json', 'F:visit.json'], 2, 'import needs exactly one file'],
  ['import of a missing file', ['import', 'F:nope.json'], 1, 'nope.json: it does not exist'],
  ['import of a folder', ['import', 'F:a-folder'], 1, 'a-folder: it is a folder, not a file'],
  ['import of malformed JSON', ['import', 'F:not-json.json'], 1, 'not-json.json is not valid JSON'],
  [
    'import with an unknown node type',
    ['import', 'F:bad-visit.json'],
    1,
    'notes.0.content.root.children.0.type: unknown node type "youtube"',
  ],
  ['import of a note instead of a visit', ['import', 'F:content.json'], 1, 'format: must be "briefing.visit"'],
  ['import over an existing visit', ['import', 'F:visit.json'], 1, 'already exists; import with --replace'],
  ['import --replace=yes', ['import', 'F:visit.json', '--replace=yes'], 2, '--replace takes no value'],
];

const EXPORT_JSON: Case[] = [
  ['export-json without --visit', ['export-json', '--out', 'F:v.json'], 2, 'export-json needs --visit'],
  ['export-json without --out', ['export-json', '--visit', VISIT], 2, 'export-json needs --out'],
  [
    'export-json --visit without its value',
    ['export-json', '--out', 'F:v.json', '--visit'],
    2,
    '--visit needs a value',
  ],
  [
    'export-json of a missing visit',
    ['export-json', '--visit', 'nope', '--out', 'F:v.json'],
    1,
    'No visit with id nope',
  ],
  [
    'export-json into a missing folder',
    ['export-json', '--visit', VISIT, '--out', 'F:missing/v.json'],
    1,
    'missing does not exist',
  ],
  ['export-json onto a folder', ['export-json', '--visit', VISIT, '--out', 'F:a-folder'], 1, 'is a folder'],
];

const EXPORT: Case[] = [
  ['export without --note or --visit', ['export', '--out', 'F:n.docx'], 2, 'export needs --note ID or --visit ID'],
  [
    'export with both --note and --visit',
    ['export', '--note', NOTE, '--visit', VISIT, '--out', 'F:n.docx'],
    2,
    'export needs --note ID or --visit ID',
  ],
  ['export without --out', ['export', '--note', NOTE], 2, 'export needs --out'],
  ['export of a missing note', ['export', '--note', 'nope', '--out', 'F:n.docx'], 1, 'No note with id nope'],
  ['export of a missing visit', ['export', '--visit', 'nope', '--out', 'F:p.docx'], 1, 'No visit with id nope'],
  ['export into a missing folder', ['export', '--note', NOTE, '--out', 'F:missing/n.docx'], 1, 'does not exist'],
];

const SEARCH: Case[] = [
  ['search without a query', ['search'], 2, 'search needs a query'],
  ['search of blanks', ['search', '  '], 2, 'search needs a query'],
  ['search with --visit', ['search', 'ankara', '--visit', VISIT], 2, 'search takes no --visit'],
];

const NOTES: Case[] = [
  ['note without get or put', ['note', '--id', NOTE], 2, 'note takes get or put'],
  ['note delete', ['note', 'delete', '--id', NOTE], 2, 'note takes get or put'],
  ['note get without --id', ['note', 'get'], 2, 'note get needs --id'],
  ['note get --id without its value', ['note', 'get', '--id'], 2, '--id needs a value'],
  ['note get of a missing note', ['note', 'get', '--id', 'nope'], 1, 'No note with id nope'],
  ['note get with --file', ['note', 'get', '--id', NOTE, '--file', 'F:content.json'], 2, 'note get takes no --file'],
  ['note put without --file', ['note', 'put', '--id', NOTE], 2, 'note put needs --file'],
  ['note put from a missing file', ['note', 'put', '--id', NOTE, '--file', 'F:nope.json'], 1, 'it does not exist'],
  ['note put from a folder', ['note', 'put', '--id', NOTE, '--file', 'F:a-folder'], 1, 'it is a folder'],
  ['note put of malformed JSON', ['note', 'put', '--id', NOTE, '--file', 'F:not-json.json'], 1, 'is not valid JSON'],
  [
    'note put of invalid Lexical JSON',
    ['note', 'put', '--id', NOTE, '--file', 'F:unknown-node.json'],
    1,
    'content.root.children.0.type: unknown node type "youtube"',
  ],
  [
    'note put to a missing note',
    ['note', 'put', '--id', 'nope', '--file', 'F:content.json'],
    1,
    'No note with id nope',
  ],
  [
    'note put with a --base that is not a number',
    ['note', 'put', '--id', NOTE, '--file', 'F:content.json', '--base', 'latest'],
    2,
    '--base must be a revision number',
  ],
  [
    'note put on a stale --base',
    ['note', 'put', '--id', NOTE, '--file', 'F:content.json', '--base', '7'],
    1,
    'it is at revision 1, this change was based on revision 7',
  ],
];

/** A valid invocation of every command, to be run against a --db that cannot be used. */
const EVERY_COMMAND: string[][] = [
  ['init'],
  ['seed-demo'],
  ['list'],
  ['check'],
  ['backup', '--out', 'F:copy.sqlite'],
  ['import', 'F:visit.json', '--replace'],
  ['export-json', '--visit', VISIT, '--out', 'F:v.json'],
  ['export', '--note', NOTE, '--out', 'F:n.docx'],
  ['export', '--visit', VISIT, '--out', 'F:p.docx'],
  ['search', 'ankara'],
  ['note', 'get', '--id', NOTE],
  ['note', 'put', '--id', NOTE, '--file', 'F:content.json'],
];

const BAD_DATABASES: [what: string, db: string, message: string][] = [
  ['a folder', 'F:a-folder', 'a-folder is a folder, not a database file'],
  ['a path under a file', 'F:a-file/briefing.sqlite', 'a file stands where a folder should be'],
  ['a file that is not SQLite', 'F:not-sqlite.sqlite', 'is not a Briefing database (it is not a SQLite file)'],
  ['a damaged file', 'F:damaged.sqlite', 'damaged.sqlite is damaged and cannot be opened'],
  ['a truncated file', 'F:truncated.sqlite', 'truncated.sqlite is damaged and cannot be opened'],
  [
    'a file from a newer Briefing',
    'F:newer.sqlite',
    `written by a newer version of Briefing (schema ${LATEST_SCHEMA_VERSION + 1}); this version reads schema ${LATEST_SCHEMA_VERSION} at most`,
  ],
];

async function expectRefused(argv: string[], code: number, message: string): Promise<void> {
  const before = snapshot(tmp.dir);
  const r = await cli(expand(argv));
  expect(r.code).toBe(code);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/^briefing: /);
  expect(r.err).toContain(message);
  expect(snapshot(tmp.dir)).toEqual(before);
}

describe('every CLI command refuses bad input clearly and writes nothing', () => {
  describe.each([
    ['the command line', COMMAND_LINE],
    ['backup', BACKUP],
    ['import', IMPORT],
    ['export-json', EXPORT_JSON],
    ['export', EXPORT],
    ['search', SEARCH],
    ['note get|put', NOTES],
  ])('%s', (_, cases) => {
    it.each(cases)('%s: %j → exit %i, "%s"', async (_what, argv, code, message) => {
      await expectRefused(argv, code, message);
    });
  });

  describe.each(BAD_DATABASES)('--db is %s', (_what, db, message) => {
    it.each(EVERY_COMMAND.map((argv) => [argv.join(' '), argv]))('%s: exit 1, the file untouched', async (_, argv) => {
      await expectRefused(['--db', db, ...(argv as string[])], 1, message);
    });
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable --db is named, and left as it is', async () => {
    fs.chmodSync(tmp.file('briefing.sqlite'), 0o000);
    try {
      await expectRefused(['list'], 1, 'briefing.sqlite: permission denied');
    } finally {
      fs.chmodSync(tmp.file('briefing.sqlite'), 0o600);
    }
  });

  it('a page damaged inside a database that opens: check says so on one line and names no stack', async () => {
    const db = fs.readFileSync(tmp.file('briefing.sqlite'));
    crypto.randomBytes(4096).copy(db, 4096 * 5);
    fs.writeFileSync(tmp.file('briefing.sqlite'), db);
    const before = snapshot(tmp.dir);
    const r = await cli(expand(['check']));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^NOT OK: /);
    expect(r.err).toBe('briefing: the database failed its check');
    expect(snapshot(tmp.dir)).toEqual(before);
  });

  it('the installed command exits with the same codes', () => {
    const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const bin = path.join(__dirname, 'bin.ts');
    const run = (...argv: string[]) => spawnSync(process.execPath, [tsx, bin, ...expand(argv)], { encoding: 'utf8' });
    const usage = run('frobnicate');
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n')).toEqual(['briefing: unknown command "frobnicate" (see briefing --help)']);
    const failure = run('note', 'get', '--id', 'nope');
    expect(failure.status).toBe(1);
    expect(failure.stderr.trim()).toBe('briefing: No note with id nope.');
    expect(failure.stdout).toBe('');
  });
});
