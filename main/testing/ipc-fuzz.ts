import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OPERATION_NAMES, type OperationName } from '../../app/api/contract';
import { createDispatch, type Dispatch } from '../../app/api/dispatch';
import { createHandlers, type Handlers } from '../../app/api/handlers';
import { stubPdfRenderer } from '../../app/export/pdf/testing/stub-pdf';
import { ERROR_CODES } from '../../app/api/result';
import type { NoteContent } from '../../app/domain/content';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import type { InterchangeJson } from '../../app/interchange/format';
import { Store } from '../../app/store/store';
import { doc, VISIT_INPUT } from '../../app/testing/fixtures';
import { APP_ENTRY_URL } from '../app-origin';
import { WordExportTarget } from '../../app/api/desktop';
import { DESKTOP_CHANNELS, type DesktopIpcLike, type DesktopServices } from '../desktop-bridge';
import { bindOperations, channelOf, type IpcMainLike, type SenderEvent } from '../ipc-bridge';

/**
 * The IPC fuzz (issue 15, finding 8): every operation is called through the IPC binding, starting
 * from a VALID input and making one thing hostile at a time, so each call reaches as far into the
 * handler as that one field allows. After every call: nothing thrown across IPC, a well-formed
 * envelope, no stack or path in a message, no 'internal' (a hostile input is refused for a reason),
 * the database unchanged (every row of every table, hashed) whenever the answer is an error, at
 * most one visit changed by any call, and no prototype polluted. Some variants also say what the
 * answer must be (a malformed id is 'invalid_input', a foreign frame 'forbidden', ...).
 *
 * The core returns findings rather than asserting, so the mutation check (ipc-fuzz-mutants.test.ts)
 * can run it against deliberately broken bindings and require that it finds each bug.
 */

/** What the fuzz is run against: the real pieces, or a mutant replacing one of them. */
export interface FuzzTarget {
  handlers(store: Store): Handlers;
  dispatch(handlers: Handlers): Dispatch;
  bind(ipc: IpcMainLike, dispatch: Dispatch): void;
}

export const REAL_TARGET: FuzzTarget = {
  handlers: (store) => createHandlers(store, { pdf: stubPdfRenderer() }),
  dispatch: (handlers) => createDispatch(handlers),
  bind: (ipc, dispatch) => bindOperations(ipc, dispatch),
};

export interface Finding {
  operation: string;
  variant: string;
  problem: string;
}

/** The ids of the seeded database that valid inputs refer to. */
export interface FuzzContext {
  visitId: string;
  otherVisitId: string;
  personId: string;
  itemId: string;
  noteId: string;
  revision: number;
  templateId: string;
  /** The other visit as an interchange file (importing it with replace is valid). */
  otherVisitFile: InterchangeJson;
  /** A Word document (the exported note), base64: a valid .docx to import. */
  docxBase64: string;
}

type Input = Record<string, unknown> | undefined;

/** One valid input per operation; the test checks this table covers OPERATION_NAMES exactly. */
export const VALID_INPUTS: Record<OperationName, (c: FuzzContext) => Input> = {
  'visits.list': () => ({}),
  'visits.get': (c) => ({ id: c.visitId }),
  'visits.create': () => ({ ...VISIT_INPUT }),
  'visits.update': (c) => ({ id: c.otherVisitId, ...VISIT_INPUT, title: 'Renamed visit' }),
  'visits.delete': (c) => ({ id: c.visitId }),
  'people.create': (c) => ({ visitId: c.otherVisitId, name: 'Ana Pérez', aliases: ['A. Pérez'], titles: [] }),
  'people.update': (c) => ({ id: c.personId, name: 'Ana Pérez Gil', aliases: [], titles: [{ title: 'Minister' }] }),
  'people.delete': (c) => ({ id: c.personId }),
  'programme.create': (c) => ({
    visitId: c.otherVisitId,
    start: '2021-03-04T10:00',
    title: 'Talks',
    participants: [c.personId],
  }),
  'programme.update': (c) => ({ id: c.itemId, start: '2021-03-04T11:00', title: 'Talks', participants: [] }),
  'programme.delete': (c) => ({ id: c.itemId }),
  'notes.list': (c) => ({ visitId: c.otherVisitId }),
  'notes.get': (c) => ({ id: c.noteId }),
  'notes.create': (c) => ({ visitId: c.otherVisitId, title: 'Brief', content: doc('Hello') }),
  'notes.save': (c) => ({ id: c.noteId, baseRevision: c.revision, content: doc('Changed') }),
  'notes.setStatus': (c) => ({ id: c.noteId, status: 'review', baseRevision: c.revision }),
  'notes.revisions': (c) => ({ id: c.noteId }),
  'notes.revision': (c) => ({ id: c.noteId, revision: 1 }),
  'notes.restore': (c) => ({ id: c.noteId, revision: 1, baseRevision: c.revision }),
  'notes.delete': (c) => ({ id: c.noteId }),
  'notes.importDocx': (c) => ({ visitId: c.otherVisitId, base64: c.docxBase64, title: 'From Word' }),
  'notes.update': (c) => ({
    id: c.noteId,
    baseRevision: c.revision,
    title: 'Renamed brief',
    classification: 'OFFICIAL',
  }),
  search: (c) => ({ query: 'Ankara', visitId: c.otherVisitId }),
  'interchange.import': (c) => ({ file: c.otherVisitFile, replace: true }),
  'interchange.export': (c) => ({ visitId: c.otherVisitId }),
  'export.note': (c) => ({ noteId: c.noteId }),
  'export.pack': (c) => ({ visitId: c.otherVisitId }),
  'pack.get': (c) => ({ visitId: c.otherVisitId }),
  'pack.set': (c) => ({ visitId: c.otherVisitId, choice: { includeDrafts: false, numberedParagraphs: true } }),
  'export.pdf': (c) => ({ noteId: c.noteId, paper: 'A4' }),
  'export.printView': (c) => ({ visitId: c.otherVisitId, paper: 'Letter' }),
  'settings.get': () => ({}),
  'settings.set': () => ({ department: 'Protocol Department' }),
  'templates.list': () => ({}),
  'templates.save': () => ({ name: 'My template', content: doc('Lines to take') }),
  'templates.delete': (c) => ({ id: c.templateId }),
  'calendar.export': (c) => ({ visitId: c.otherVisitId }),
  'calendar.import': (c) => ({
    visitId: c.otherVisitId,
    text: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Fuzz//EN',
      'BEGIN:VEVENT',
      'UID:fuzz-event@example.org',
      'DTSTAMP:20210301T090000Z',
      'DTSTART:20210304T090000Z',
      'DTEND:20210304T100000Z',
      'SUMMARY:Courtesy call',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  }),
  'backup.create': () => ({}),
  'database.check': () => ({}),
};

/** What a variant's answer must be; 'any' leaves it to the general checks. */
type Expect = 'ok' | 'error' | 'any' | (typeof ERROR_CODES)[number];

interface Variant {
  name: string;
  args: unknown[];
  event?: SenderEvent;
  expect: Expect;
}

const APP_EVENT: SenderEvent = { senderFrame: { url: APP_ENTRY_URL } };
const FOREIGN_EVENTS: SenderEvent[] = [
  { senderFrame: { url: 'https://evil.example/index.html' } },
  { senderFrame: { url: 'file:///etc/passwd' } },
  { senderFrame: null },
];

const MALFORMED_IDS: unknown[] = [
  '',
  '../../etc/passwd',
  "x'; DROP TABLE visits; --",
  'bad\u0000id',
  '\uD800',
  '__proto__',
  'a'.repeat(10_000),
  ' visit',
];

const HOSTILE_STRINGS: unknown[] = [
  'x'.repeat(1_000_000),
  '\u0000',
  '\uD800\uDC00\uD800',
  '\u202Eexe.docx',
  '<script>',
];

/** A well-typed paragraph nested `depth` levels deep in quotes (deeper than any limit). */
function deepContent(depth: number): unknown {
  let node: Record<string, unknown> = {
    type: 'text',
    version: 1,
    text: 'deep',
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  };
  node = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [node] };
  for (let i = 0; i < depth; i++) {
    node = { type: 'quote', version: 1, direction: null, format: '', indent: 0, children: [node] };
  }
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [node] } };
}

/** Raw nesting, no node types at all: deep enough to exhaust a recursive walk's stack. */
function deepObject(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function withText(text: string): NoteContent {
  return doc(text);
}

function linkContent(url: string, extra: Record<string, unknown> = {}): unknown {
  const content = doc('x') as unknown as { root: { children: { children: unknown[] }[] } };
  content.root.children[0]!.children = [
    {
      type: 'link',
      version: 1,
      url,
      direction: null,
      format: '',
      indent: 0,
      ...extra,
      children: [{ type: 'text', version: 1, text: 'click', format: 0, detail: 0, mode: 'normal', style: '' }],
    },
  ];
  return content;
}

function spanContent(colSpan: unknown): unknown {
  const cell = {
    type: 'tablecell',
    version: 1,
    headerState: 0,
    colSpan,
    rowSpan: 1,
    direction: null,
    format: '',
    indent: 0,
    children: doc('cell').root.children,
  };
  const row = { type: 'tablerow', version: 1, direction: null, format: '', indent: 0, children: [cell] };
  const table = { type: 'table', version: 1, direction: null, format: '', indent: 0, children: [row] };
  return { root: { ...doc().root, children: [table] } };
}

/** Content that must be refused, whatever else the content rules allow. */
const INVALID_CONTENT: [string, unknown][] = [
  ['a string', 'just text'],
  ['a number', 42],
  ['no root', {}],
  ['an unknown node type', { root: { ...doc().root, children: [{ type: 'script', version: 1, children: [] }] } }],
  [
    'a text node whose text is a number',
    { root: { ...doc().root, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 42 }] }] } },
  ],
  ['nesting 200 levels deep', deepContent(200)],
  ['raw nesting 100,000 levels deep', { root: deepObject(100_000) }],
  ['over 5 MB of text', withText('x'.repeat(6_000_000))],
];

/** Content that may be refused or made safe, but must not break anything. */
const DOUBTFUL_CONTENT: [string, unknown][] = [
  // Cleaned, not refused (issue 14: no text is ever refused): an empty text node is empty text.
  [
    'a text node without text',
    { root: { ...doc().root, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text' }] }] } },
  ],
  ['a javascript: link', linkContent('javascript:alert(1)')],
  ['a mixed-case, tab-split javascript: link', linkContent(' JaVa\tScRiPt:alert(1)')],
  ['a data: link', linkContent('data:text/html,<script>alert(1)</script>')],
  ['a link with U+FFFE', linkContent('https://example.org/\uFFFE')],
  ['a link with rel=opener', linkContent('https://example.org', { rel: 'opener', target: '_parent' })],
  ['a 3 MB link', linkContent(`https://example.org/${'a'.repeat(3_000_000)}`)],
  ['a span of ten million columns', spanContent(1e7)],
  ['a span of 1e308', spanContent(1e308)],
  ['a negative span', spanContent(-5)],
  ['a fractional span', spanContent(1.5)],
  [
    'a __proto__ key in a node',
    JSON.parse(`{"root":{"type":"root","version":1,"children":[],"__proto__":{"polluted":true}}}`),
  ],
];

/**
 * Values of another JSON type than `v` (never null: several fields are nullable; and a field
 * valid as null is an optional id or text, so no string either).
 */
function wrongTypes(v: unknown): unknown[] {
  const all: unknown[] = [42, 'text', true, [], {}, 1e308];
  const kind = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
  return all.filter((x) => kind(x) !== kind(v) && !(v === null && typeof x === 'string'));
}

const isIdField = (key: string) => /^(id|visitId|noteId|personId|programmeItemId|principalId|counterpartId)$/.test(key);

/** The variants of one operation: the valid call last, so the hostile ones meet the seeded data. */
function variants(operation: OperationName, valid: Input, c: FuzzContext): Variant[] {
  const out: Variant[] = [];
  const add = (name: string, input: unknown, expect: Expect, event?: SenderEvent) =>
    out.push({ name, args: [input], expect, event });

  FOREIGN_EVENTS.forEach((event, i) => add(`valid input from a foreign frame #${i}`, valid, 'forbidden', event));
  out.push({ name: 'two arguments', args: [valid, valid], expect: 'invalid_input' });
  for (const v of ['text', 42, [], null, true]) add(`input ${JSON.stringify(v)}`, v, 'invalid_input');
  // Strict schemas refuse unknown fields, the others drop them: either way nothing of it is kept.
  add('an extra field', { ...valid, extra: 1 }, 'any');
  const rest = JSON.stringify(valid ?? {}).slice(1);
  const withProto = JSON.parse(`{"__proto__":{"polluted":true}${rest === '}' ? '' : ','}${rest}`) as unknown;
  add('a __proto__ key', withProto, 'any');
  add('a constructor.prototype key', { ...valid, constructor: { prototype: { polluted: true } } }, 'any');

  for (const [key, value] of Object.entries(valid ?? {})) {
    for (const wrong of wrongTypes(value))
      add(`${key} of the wrong type (${JSON.stringify(wrong)})`, { ...valid, [key]: wrong }, 'invalid_input');
    if (isIdField(key)) {
      for (const id of MALFORMED_IDS)
        add(`${key} malformed (${JSON.stringify(id).slice(0, 30)})`, { ...valid, [key]: id }, 'invalid_input');
      // A search filtered by an unknown visit finds nothing; everything else must refuse it.
      add(
        `${key} well-formed but unknown`,
        { ...valid, [key]: 'unknown-id-0000' },
        operation === 'search' ? 'any' : 'error',
      );
    } else if (typeof value === 'string') {
      for (const s of HOSTILE_STRINGS)
        add(`${key} hostile (${JSON.stringify(s).slice(0, 30)})`, { ...valid, [key]: s }, 'any');
    } else if (Array.isArray(value)) {
      add(
        `${key} with 100,000 entries`,
        { ...valid, [key]: Array.from({ length: 100_000 }, () => value[0] ?? 'x') },
        'any',
      );
      add(
        `${key} holding hostile values`,
        { ...valid, [key]: [null, {}, '__proto__', ...MALFORMED_IDS.slice(0, 3)] },
        'invalid_input',
      );
    } else if (typeof value === 'number') {
      for (const n of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity])
        add(`${key} = ${n}`, { ...valid, [key]: n }, 'any');
    }
  }
  if (valid && 'content' in valid) {
    for (const [name, content] of INVALID_CONTENT) add(`content: ${name}`, { ...valid, content }, 'invalid_input');
    for (const [name, content] of DOUBTFUL_CONTENT) add(`content: ${name}`, { ...valid, content }, 'any');
  }
  if (operation === 'interchange.import') {
    add('a visit already here, without replace', { file: c.otherVisitFile }, 'already_exists');
    add('a visit already here, replace false', { file: c.otherVisitFile, replace: false }, 'already_exists');
    const notes = c.otherVisitFile.notes ?? [];
    for (const [name, content] of INVALID_CONTENT.slice(0, 6)) {
      const file = { ...c.otherVisitFile, notes: notes.map((n, i) => (i === 0 ? { ...n, content } : n)) };
      add(`a note in the file with content: ${name}`, { file, replace: true }, 'invalid_input');
    }
    add('the file nested 100,000 levels deep', { file: deepObject(100_000), replace: true }, 'invalid_input');
    add(
      'the file with a __proto__ visit',
      { file: JSON.parse(`{"format":"briefing.visit","version":1,"visit":{"__proto__":{"polluted":true}}}`) },
      'invalid_input',
    );
  }
  add('the valid input', valid, 'ok', APP_EVENT);
  return out;
}

/** Every row of every table, hashed (content, not counts). */
export function hashDatabase(store: Store): string {
  const hash = createHash('sha256');
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const rows = (store.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
      ),
    );
    hash.update(`${table}\n${rows.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** One hash per visit: its row and every row that belongs to it. */
export function hashVisits(store: Store): Map<string, string> {
  const q = (sql: string, id: string) => JSON.stringify(store.db.prepare(sql).all(id));
  const out = new Map<string, string>();
  for (const id of store.db.prepare('SELECT id FROM visits ORDER BY id').pluck().all() as string[]) {
    const parts = [
      q('SELECT * FROM visits WHERE id = ?', id),
      q('SELECT * FROM people WHERE visit_id = ? ORDER BY id', id),
      q('SELECT * FROM programme_items WHERE visit_id = ? ORDER BY id', id),
      q(
        'SELECT pp.* FROM programme_participants pp JOIN programme_items i ON i.id = pp.item_id WHERE i.visit_id = ? ORDER BY 1, 2',
        id,
      ),
      q('SELECT * FROM notes WHERE visit_id = ? ORDER BY id', id),
      q(
        'SELECT r.* FROM note_revisions r JOIN notes n ON n.id = r.note_id WHERE n.visit_id = ? ORDER BY r.note_id, r.revision',
        id,
      ),
    ];
    out.set(id, createHash('sha256').update(parts.join('\n')).digest('hex'));
  }
  return out;
}

function changedVisits(before: Map<string, string>, after: Map<string, string>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => before.get(id) !== after.get(id));
}

/** A stack frame, a file path, a source file: none may reach the window. */
const LEAK =
  /\n\s+at |\bat .+:\d+:\d+|(^|[\s(])\/(?:work|home|tmp|usr|root|var|Users)\/|[A-Za-z]:\\|node_modules|\.tsx?\b|\.cjs\b/;

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

function checkEnvelope(r: unknown): string | undefined {
  if (typeof r !== 'object' || r === null) return `answered ${String(r)}, not an envelope`;
  const e = r as Envelope;
  if (e.ok === true) return 'value' in e ? undefined : 'ok without a value';
  if (e.ok !== false || !e.error) return 'not an envelope';
  if (!(ERROR_CODES as readonly string[]).includes(e.error.code)) return `unknown error code ${e.error.code}`;
  if (typeof e.error.message !== 'string' || !e.error.message) return 'an error without a message';
  return undefined;
}

function meets(expect: Expect, r: Envelope): boolean {
  if (expect === 'any') return true;
  if (expect === 'ok') return r.ok;
  if (expect === 'error') return !r.ok;
  return !r.ok && r.error?.code === expect;
}

/** A seeded database (the demo visit and a second one with a person, an item, a note, a template). */
export async function seedFuzzDatabase(file: string): Promise<FuzzContext> {
  const store = Store.open(file);
  try {
    seedDemo(store);
    const d = createDispatch(createHandlers(store));
    const must = <T>(r: Awaited<ReturnType<Dispatch>>) => {
      if (!r.ok) throw new Error(`seeding the fuzz database: ${r.error.message}`);
      return r.value as T;
    };
    const other = must<{ id: string }>(await d('visits.create', { ...VISIT_INPUT, title: 'Second visit' }));
    const person = must<{ id: string }>(await d('people.create', { visitId: other.id, name: 'Dana Oktay' }));
    const item = must<{ id: string }>(
      await d('programme.create', {
        visitId: other.id,
        start: '2021-03-04T09:00',
        title: 'Breakfast',
        participants: [person.id],
      }),
    );
    const note = must<{ id: string }>(
      await d('notes.create', { visitId: other.id, title: 'Brief', programmeItemId: item.id, content: doc('One') }),
    );
    const saved = must<{ revision: number }>(
      await d('notes.save', { id: note.id, baseRevision: 1, content: doc('Two') }),
    );
    const template = must<{ id: string }>(await d('templates.save', { name: 'Mine', content: doc('Lines') }));
    const otherVisitFile = must<InterchangeJson>(await d('interchange.export', { visitId: other.id }));
    const docx = must<{ base64: string }>(await d('export.note', { noteId: note.id }));
    return {
      visitId: DEMO_VISIT_ID,
      otherVisitId: other.id,
      personId: person.id,
      itemId: item.id,
      noteId: note.id,
      revision: saved.revision,
      templateId: template.id,
      otherVisitFile,
      docxBase64: docx.base64,
    };
  } finally {
    store.close();
  }
}

/** Why a stored document is unsafe (issue 15's content allow-list), or undefined. */
export function unsafeStoredContent(content: unknown): string | undefined {
  const stack: unknown[] = [content];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const node = v as Record<string, unknown>;
    if (typeof node.url === 'string') {
      const url = node.url;
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      if (!/^(https?:\/\/|mailto:)/.test(url) || url.length > 2_048 || /[\u0000-\u001F\u007F\uFFFE\uFFFF]/.test(url)) {
        return `a link to ${JSON.stringify(url.slice(0, 60))}`;
      }
    }
    if ('target' in node && node.target !== null && node.target !== undefined && node.target !== '_blank') {
      return `a link target ${JSON.stringify(node.target)}`;
    }
    for (const key of ['colSpan', 'rowSpan']) {
      const span = node[key];
      if (span !== undefined && !(Number.isInteger(span) && (span as number) >= 1 && (span as number) <= 63)) {
        return `a ${key} of ${String(span)}`;
      }
    }
    stack.push(...Object.values(node));
  }
  return undefined;
}

/** The content an accepted call stored, for the operations that store one. */
function storedContent(store: Store, operation: OperationName, input: unknown, value: unknown): unknown {
  if (operation === 'notes.save') return store.notes.get((input as { id: string }).id).content;
  if (operation === 'notes.create' || operation === 'templates.save') return (value as { content?: unknown }).content;
  return undefined;
}

export interface FuzzReport {
  findings: Finding[];
  calls: number;
  /** Operations whose valid input was answered ok: the fuzz reached their handler. */
  reached: string[];
}

/**
 * Fuzzes each operation on its own copy of the seeded database, through the binding `target`
 * builds. `seeded` is a database file made by seedFuzzDatabase.
 */
export async function fuzzOperations(
  target: FuzzTarget,
  seeded: { file: string; context: FuzzContext; workDir: string },
  operations: readonly OperationName[] = OPERATION_NAMES,
  options: { storedContentRules?: boolean } = {},
): Promise<FuzzReport> {
  const findings: Finding[] = [];
  const reached: string[] = [];
  let calls = 0;
  for (const operation of operations) {
    const file = path.join(seeded.workDir, `${operation}.sqlite`);
    fs.copyFileSync(seeded.file, file);
    let store = Store.open(file);
    // Every variant starts from the seeded state, so "before" is the same for each.
    const seededHash = hashDatabase(store);
    const seededVisits = hashVisits(store);
    let dirty = false;
    const open = () => {
      const listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
      target.bind({ handle: (channel, l) => void listeners.set(channel, l) }, target.dispatch(target.handlers(store)));
      return listeners.get(channelOf(operation));
    };
    try {
      let call = open();
      if (!call) {
        findings.push({ operation, variant: '-', problem: 'no IPC channel bound' });
        continue;
      }
      for (const v of variants(operation, VALID_INPUTS[operation](seeded.context), seeded.context)) {
        // Each variant starts from the seeded data: one that was accepted (and changed it) is undone.
        if (dirty) {
          store.close();
          fs.copyFileSync(seeded.file, file);
          store = Store.open(file);
          call = open()!;
          dirty = false;
        }
        const found = (problem: string) => findings.push({ operation, variant: v.name, problem });
        calls++;
        let r: Envelope;
        try {
          r = (await call(v.event ?? APP_EVENT, ...v.args)) as Envelope;
        } catch (e) {
          found(`threw across IPC: ${String(e).slice(0, 200)}`);
          continue;
        }
        const bad = checkEnvelope(r);
        if (bad) {
          found(bad);
          continue;
        }
        if (!r.ok && r.error!.code === 'internal') found(`answered 'internal': ${r.error!.message}`);
        if (!r.ok && LEAK.test(r.error!.message)) found(`leaks a stack or path: ${r.error!.message.slice(0, 200)}`);
        if (!meets(v.expect, r)) {
          found(`expected ${v.expect}, got ${r.ok ? 'ok' : `${r.error!.code}: ${r.error!.message.slice(0, 120)}`}`);
        }
        if (hashDatabase(store) !== seededHash) {
          dirty = true;
          if (!r.ok) found('answered an error but changed the database');
          const changed = changedVisits(seededVisits, hashVisits(store));
          if (changed.length > 1) found(`changed ${changed.length} visits: ${changed.join(', ')}`);
        }
        if (({} as Record<string, unknown>).polluted !== undefined) found('polluted Object.prototype');
        if (v.expect === 'ok' && r.ok) reached.push(operation);
        if (options.storedContentRules && r.ok) {
          const unsafe = unsafeStoredContent(storedContent(store, operation, v.args[0], r.value));
          if (unsafe) found(`stored unsafe content: ${unsafe}`);
        }
      }
      const check = store.db.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        findings.push({ operation, variant: '(after all)', problem: `integrity_check: ${String(check)}` });
    } finally {
      store.close();
    }
  }
  return { findings, calls, reached };
}

/** An ipcMain stand-in that makes every message look as if the app's page sent it (a mutant's). */
export function ignoringSender<T extends IpcMainLike & Partial<DesktopIpcLike>>(ipc: T): T {
  const asApp =
    <A extends unknown[], R>(listener: (event: SenderEvent, ...args: A) => R) =>
    (_event: SenderEvent, ...args: A) =>
      listener(APP_EVENT, ...args);
  return {
    ...ipc,
    handle: (channel: string, listener: Parameters<IpcMainLike['handle']>[1]) => ipc.handle(channel, asApp(listener)),
    on: (channel: string, listener: Parameters<DesktopIpcLike['on']>[1]) => ipc.on?.(channel, asApp(listener)),
  };
}

type DesktopBind = (ipc: DesktopIpcLike, services: DesktopServices, log: (msg: string) => void) => void;

/**
 * The desktop channels (main/desktop-bridge.ts) under the same rules: only the app's page, one
 * argument, parsed before the service sees it; the service is never reached by anything else, and
 * what it receives is exactly what the schema parsed.
 */
export async function fuzzDesktop(bind: DesktopBind): Promise<FuzzReport> {
  const findings: Finding[] = [];
  let calls = 0;
  const reached: string[] = [];
  const handles = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ons = new Map<string, (event: SenderEvent, ...args: unknown[]) => void>();
  const received: { channel: string; arg: unknown }[] = [];
  let serviceThrows: Error | undefined;
  bind(
    { handle: (c, l) => void handles.set(c, l), on: (c, l) => void ons.set(c, l) },
    {
      saveWordExport: async (target) => {
        received.push({ channel: DESKTOP_CHANNELS.saveWordExport, arg: target });
        if (serviceThrows) throw serviceThrows;
        return { ok: true, value: { saved: false } };
      },
      savePdfExport: async (target) => {
        received.push({ channel: DESKTOP_CHANNELS.savePdfExport, arg: target });
        if (serviceThrows) throw serviceThrows;
        return { ok: true, value: { saved: false } };
      },
      print: async (target) => {
        received.push({ channel: DESKTOP_CHANNELS.print, arg: target });
        if (serviceThrows) throw serviceThrows;
        return { ok: true, value: { printed: false } };
      },
      setOpenVisit: (visitId) => void received.push({ channel: DESKTOP_CHANNELS.setOpenVisit, arg: visitId }),
    },
    () => {},
  );
  const validTargets: Record<string, unknown>[] = [
    { noteId: 'note-1' },
    { visitId: 'visit-1' },
    { visitId: 'visit-1', noteIds: ['note-1', 'note-2'] },
  ];
  const hostile = (valid: Record<string, unknown>): [string, unknown][] => [
    ...Object.keys(valid).flatMap((key): [string, unknown][] => [
      ...wrongTypes(valid[key]).map((w): [string, unknown] => [`${key} of the wrong type`, { ...valid, [key]: w }]),
      ...MALFORMED_IDS.map((id): [string, unknown] => [
        `${key} malformed`,
        { ...valid, [key]: Array.isArray(valid[key]) ? [id] : id },
      ]),
    ]),
    ['an extra field', { ...valid, extra: 1 }],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`)],
    ['1,001 notes', { visitId: 'visit-1', noteIds: Array.from({ length: 1_001 }, (_, i) => `n${i}`) }],
    ['both a note and a visit', { noteId: 'note-1', visitId: 'visit-1' }],
    ...['text', 42, [], null, true, undefined].map((v): [string, unknown] => [`input ${String(v)}`, v]),
  ];

  // window.briefingDesktop.saveWordExport, savePdfExport and print: one target each, the same rules.
  for (const [name, channel] of [
    ['saveWordExport', DESKTOP_CHANNELS.saveWordExport],
    ['savePdfExport', DESKTOP_CHANNELS.savePdfExport],
    ['print', DESKTOP_CHANNELS.print],
  ] as const) {
    const request = handles.get(channel);
    if (!request) findings.push({ operation: 'desktop', variant: '-', problem: `${name} not bound` });
    const callRequest = async (variant: string, event: SenderEvent, args: unknown[], expect: Expect) => {
      if (!request) return;
      calls++;
      received.length = 0;
      const found = (problem: string) => findings.push({ operation: `desktop.${name}`, variant, problem });
      let r: Envelope;
      try {
        r = (await request(event, ...args)) as Envelope;
      } catch (e) {
        return found(`threw across IPC: ${String(e).slice(0, 200)}`);
      }
      const bad = checkEnvelope(r);
      if (bad) return found(bad);
      if (!meets(expect, r)) found(`expected ${expect}, got ${r.ok ? 'ok' : r.error!.code}`);
      if (!r.ok && LEAK.test(r.error!.message)) found(`leaks a stack or path: ${r.error!.message.slice(0, 200)}`);
      const reachedService = received.length > 0;
      if (reachedService && expect !== 'ok' && expect !== 'internal') found('the service ran for a refused request');
      if (reachedService) {
        const parsed = WordExportTarget.safeParse(args[0]);
        if (
          !parsed.success ||
          received[0]!.channel !== channel ||
          JSON.stringify(parsed.data) !== JSON.stringify(received[0]!.arg)
        ) {
          found('the service received something other than the parsed target');
        }
      }
      if (r.ok && reachedService) reached.push(`desktop.${name}`);
    };
    for (const valid of validTargets) {
      for (const [i, event] of FOREIGN_EVENTS.entries())
        await callRequest(`foreign frame #${i}`, event, [valid], 'forbidden');
      await callRequest('no argument', APP_EVENT, [], 'invalid_input');
      await callRequest('two arguments', APP_EVENT, [valid, valid], 'invalid_input');
      for (const [variant, input] of hostile(valid)) await callRequest(variant, APP_EVENT, [input], 'invalid_input');
      await callRequest('valid', APP_EVENT, [valid], 'ok');
    }
    serviceThrows = new Error('EACCES: permission denied, open /home/someone/Documents/secret.docx');
    await callRequest('the service throws with a path in its message', APP_EVENT, [validTargets[0]], 'internal');
    serviceThrows = undefined;
  }

  // window.briefingDesktop.setOpenVisit (a one-way message: nothing answers, the service runs or not)
  const setOpen = ons.get(DESKTOP_CHANNELS.setOpenVisit);
  if (!setOpen) findings.push({ operation: 'desktop', variant: '-', problem: 'setOpenVisit not bound' });
  const send = (variant: string, event: SenderEvent, args: unknown[], runs: boolean) => {
    if (!setOpen) return;
    calls++;
    received.length = 0;
    const found = (problem: string) => findings.push({ operation: 'desktop.setOpenVisit', variant, problem });
    try {
      setOpen(event, ...args);
    } catch (e) {
      return found(`threw: ${String(e).slice(0, 200)}`);
    }
    if (received.length !== (runs ? 1 : 0))
      found(runs ? 'the service did not run' : 'the service ran for a refused message');
    if (runs && received.length === 1) reached.push('desktop.setOpenVisit');
  };
  for (const valid of [{ visitId: 'visit-1' }, { visitId: null }]) {
    for (const [i, event] of FOREIGN_EVENTS.entries()) send(`foreign frame #${i}`, event, [valid], false);
    send('two arguments', APP_EVENT, [valid, valid], false);
    for (const [name, input] of hostile(valid)) send(name, APP_EVENT, [input], false);
    send('valid', APP_EVENT, [valid], true);
  }
  if (({} as Record<string, unknown>).polluted !== undefined) {
    findings.push({ operation: 'desktop', variant: '-', problem: 'polluted Object.prototype' });
  }
  return { findings, calls, reached };
}
