import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { Store } from '../store/store';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

const GOOD = {
  title: 'Official visit to Ankara',
  hostCountry: 'TR',
  guestCountry: 'kz',
  city: 'Ankara',
  startDate: '2021-03-04',
  endDate: '2021-03-05',
};

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let dispatch: Dispatch;
let logged: unknown[];

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.file('b.sqlite'));
  logged = [];
  dispatch = createDispatch(createHandlers(store), (e) => logged.push(e));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('dispatch', () => {
  it('creates, lists and gets a visit with defaults filled in and codes normalised', async () => {
    const created = await dispatch('visits.create', GOOD);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const visit = created.value as { id: string; guestCountry: string; status: string; classification: string };
    expect(visit).toMatchObject({ guestCountry: 'KZ', status: 'planned', classification: 'OFFICIAL' });

    const list = await dispatch('visits.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: visit.id, title: 'Official visit to Ankara' }] });
    const got = await dispatch('visits.get', { id: visit.id });
    expect(got).toMatchObject({ ok: true, value: { visit: { id: visit.id }, people: [], programme: [] } });
  });

  it.each([
    ['a missing title', { ...GOOD, title: '   ' }, 'title', 'Title is required'],
    [
      'an end date before the start date',
      { ...GOOD, endDate: '2021-03-01' },
      'endDate',
      'End date must not be before the start date',
    ],
    [
      'an unknown country code',
      { ...GOOD, hostCountry: 'XX' },
      'hostCountry',
      'Host country must be a two-letter ISO country code, such as TR or KZ',
    ],
    [
      'an impossible date',
      { ...GOOD, startDate: '2021-02-30' },
      'startDate',
      'Start date must be a date written YYYY-MM-DD',
    ],
    ['a wrong type', { ...GOOD, city: 42 }, 'city', 'City is required'],
    ['control characters', { ...GOOD, title: 'A\u0000B' }, 'title', 'Title contains characters that cannot be stored'],
  ])('refuses %s with a message on the field, and writes nothing', async (_what, input, path, message) => {
    const r = await dispatch('visits.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues).toContainEqual({ path, message });
    expect(r.error.message).toContain(message);
    expect(store.visits.list()).toEqual([]);
  });

  it('refuses unknown fields rather than silently dropping them', async () => {
    const r = await dispatch('visits.get', { id: 'x', __proto__: { polluted: true }, extra: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers input nested deeply enough to exhaust the stack as invalid input, not a crash', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) deep = { root: deep, children: [deep] };
    const r = await dispatch('notes.save', { id: 'n', baseRevision: 1, content: deep });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('saves a note sent as JSON text (as the editor sends it) the same as one sent as JSON', async () => {
    const visit = await dispatch('visits.create', GOOD);
    if (!visit.ok) throw new Error('no visit');
    const created = await dispatch('notes.create', { visitId: (visit.value as { id: string }).id, title: 'Brief' });
    if (!created.ok) throw new Error('no note');
    const id = (created.value as { id: string }).id;
    const content = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Sent as text' }] }],
      },
    };
    expect(await dispatch('notes.save', { id, baseRevision: 1, content: JSON.stringify(content) })).toMatchObject({
      ok: true,
    });
    const stored = await dispatch('notes.get', { id });
    expect(JSON.stringify(stored.ok && (stored.value as { content: unknown }).content)).toContain('"Sent as text"');

    expect(await dispatch('notes.save', { id, baseRevision: 2, content: '{"root": ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('not valid JSON') },
    });
    const deep = '{"root":'.repeat(50_000) + '0' + '}'.repeat(50_000);
    expect(await dispatch('notes.save', { id, baseRevision: 2, content: deep })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch('notes.save', { id, baseRevision: 2, content: '"just a string"' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers an unknown operation and a missing visit with their own codes', async () => {
    expect(await dispatch('visits.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await dispatch('visits.get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No visit with id nope.' },
    });
  });

  it('turns an unexpected failure into a plain message without a stack or a path', async () => {
    store.close(); // the handler will now throw a better-sqlite3 TypeError
    const r = await dispatch('visits.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (r.ok) return;
    expect(r.error.message).not.toMatch(/at |\/|\\/);
    expect(logged).toHaveLength(1);
  });
});

describe('dispatch over a damaged file', () => {
  it('answers corrupt_database, not "something went wrong", when a page the operation reads is damaged', async () => {
    for (let i = 0; i < 20; i++) expect((await dispatch('visits.create', GOOD)).ok).toBe(true);
    const page = (
      store.db.prepare("SELECT pageno FROM dbstat WHERE name = 'visits' AND pagetype = 'leaf' LIMIT 1").get() as {
        pageno: number;
      }
    ).pageno;
    const file = store.file;
    store.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (page - 1) * 4096);
    fs.closeSync(fd);

    store = Store.open(file);
    dispatch = createDispatch(createHandlers(store), (e) => logged.push(e));
    const r = await dispatch('visits.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'corrupt_database' } });
    if (!r.ok) expect(r.error.message).toContain('Restore it from the newest backup');
  });
});
