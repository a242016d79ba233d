import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, openTestStore, value } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

describe('settings', () => {
  it('start with the default classification list and keep a configured one across a reopen', async () => {
    expect(value(await t.dispatch('settings.get', {}))).toMatchObject({
      classifications: ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'],
    });
    value(await t.dispatch('settings.set', { classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'] }));
    const { Store } = await import('./store');
    t.store.close();
    const again = Store.open(t.file);
    expect(again.settings.get().classifications).toEqual(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET']);
    again.close();
  });

  it.each([
    [{ classifications: [] }, 'at least one classification is needed'],
    [{ classifications: ['OFFICIAL', 'OFFICIAL'] }, 'a classification is listed twice'],
    [{ classifications: ['secret stuff'] }, 'capitals'],
    [{ colour: 'red' }, 'colour'],
  ])('refuse %j clearly', async (input, message) => {
    const r = await t.dispatch('settings.set', input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});

describe('user templates', () => {
  it('are saved, listed by name, replaced by id and deleted', async () => {
    const a = value(await t.dispatch('templates.save', { name: 'Short brief', content: doc('Objective') })) as {
      id: string;
    };
    value(await t.dispatch('templates.save', { name: 'Addendum', content: doc('Late news') }));
    expect((value(await t.dispatch('templates.list', {})) as { name: string }[]).map((x) => x.name)).toEqual([
      'Addendum',
      'Short brief',
    ]);
    value(await t.dispatch('templates.save', { id: a.id, name: 'Short brief (v2)', content: doc('Objective first') }));
    const list = value(await t.dispatch('templates.list', {})) as { id: string; name: string; content: unknown }[];
    expect(list.find((x) => x.id === a.id)).toMatchObject({
      name: 'Short brief (v2)',
      content: doc('Objective first'),
    });
    value(await t.dispatch('templates.delete', { id: a.id }));
    expect(await t.dispatch('templates.delete', { id: a.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuse content with unknown node types', async () => {
    const r = await t.dispatch('templates.save', {
      name: 'Bad',
      content: { root: { type: 'root', children: [{ type: 'video', version: 1 }] } },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
