import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../domain/note';
import type { Visit } from '../domain/visit';
import type { UserTemplate } from '../store/templates';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import type { InterchangeJson } from './format';
import type { ImportResult } from './import';

/** User templates travel in the visit file (design §4, an optional part of version 1). */

let clock: number;
let here: ReturnType<typeof openTestStore>;
let there: ReturnType<typeof openTestStore>;
const now = () => new Date(clock).toISOString();

beforeEach(() => {
  clock = Date.parse('2026-11-20T09:00:00Z');
  here = openTestStore(now);
  there = openTestStore(now);
});
afterEach(() => {
  here.close();
  there.close();
});

const youtube = { root: { type: 'root', children: [{ type: 'youtube', version: 1 }] } };

/** A visit with a note made from the user's own template, exported. */
async function exported(): Promise<{ file: InterchangeJson; template: UserTemplate; visit: Visit }> {
  const template = value(
    await here.dispatch('templates.save', {
      name: 'Call on a head of state',
      description: 'Our house style',
      content: doc('Objective', 'Points to make'),
    }),
  ) as UserTemplate;
  clock += 60_000;
  value(await here.dispatch('templates.save', { name: 'Addendum', content: doc('Late news') }));
  const visit = value(await here.dispatch('visits.create', VISIT_INPUT)) as Visit;
  value(await here.dispatch('notes.create', { visitId: visit.id, title: 'Call on President', template: template.id }));
  const file = value(await here.dispatch('interchange.export', { visitId: visit.id })) as InterchangeJson;
  return { file, template, visit };
}

async function importThere(file: unknown, replace?: boolean, templates?: boolean): Promise<ImportResult> {
  return value(await there.dispatch('interchange.import', { file, replace, templates })) as ImportResult;
}

describe('user templates in the interchange file', () => {
  it('are exported whole, and export then import into another database gives them back identically', async () => {
    const { file, template, visit } = await exported();
    expect(file.templates?.map((t) => t.name)).toEqual(['Addendum', 'Call on a head of state']);
    expect(file.templates?.[1]).toEqual(template);

    clock += 3_600_000; // the other laptop imports later: the file's times are kept, not "now"
    expect(await importThere(file, false, true)).toMatchObject({ templates: 2, templatesKept: 0 });
    expect(value(await there.dispatch('templates.list', {}))).toEqual(file.templates);
    expect(value(await there.dispatch('interchange.export', { visitId: visit.id }))).toEqual(file);

    // The note keeps its template's id, which now resolves on the other laptop too.
    const again = value(
      await there.dispatch('notes.create', { visitId: visit.id, title: 'Second call', template: template.id }),
    ) as Note;
    expect(again.content).toEqual(doc('Objective', 'Points to make'));
  });

  it('are optional: a version 1 file without them imports as before', async () => {
    const { file } = await exported();
    const { templates: _templates, ...withoutTemplates } = file;
    expect(await importThere(withoutTemplates)).toMatchObject({ notes: 1, templates: 0, templatesKept: 0 });
    expect(value(await there.dispatch('templates.list', {}))).toEqual([]);
  });

  it.each([
    [
      'an unknown node type, by name',
      (t: Record<string, unknown>) => (t.content = youtube),
      'templates.0.content.root.children.0.type: unknown node type "youtube"',
    ],
    ['a missing name', (t: Record<string, unknown>) => delete t.name, 'templates.0.name'],
    [
      'the id of a built-in template',
      (t: Record<string, unknown>) => (t.id = 'meeting-brief'),
      'templates.0.id: is the id of a built-in template',
    ],
    [
      'content that is not an editor state',
      (t: Record<string, unknown>) => (t.content = 'Objective'),
      'templates.0.content: must be an editor state with a root',
    ],
  ])('refuse %s, naming the JSON path; nothing is imported', async (_, spoil, message) => {
    const { file } = await exported();
    spoil(file.templates![0] as unknown as Record<string, unknown>);
    const r = await there.dispatch('interchange.import', { file });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(value(await there.dispatch('visits.list', {}))).toEqual([]);
    expect(value(await there.dispatch('templates.list', {}))).toEqual([]);
  });

  it('refuse the same template id twice in one file', async () => {
    const { file } = await exported();
    file.templates![1]!.id = file.templates![0]!.id;
    const r = await there.dispatch('interchange.import', { file });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.message).toBe(`templates.1.id: the id ${file.templates![0]!.id} is used twice`);
  });

  it('are imported only when asked for, and listed either way (finding 5 of issue 15)', async () => {
    const { file } = await exported();
    const r = await importThere(file);
    expect(r).toMatchObject({ notes: 1, templates: 0, templatesKept: 0 });
    expect(r.templatesInFile.map((t) => [t.name, t.outcome])).toEqual([
      ['Addendum', 'not-asked'],
      ['Call on a head of state', 'not-asked'],
    ]);
    expect(value(await there.dispatch('templates.list', {}))).toEqual([]);
  });

  it('never overwrite a template already here, not even when the visit is replaced (finding 5 of issue 15)', async () => {
    const { file, template } = await exported();
    await importThere(file, false, true);
    value(await there.dispatch('templates.save', { id: template.id, name: 'Edited here', content: doc('Mine') }));
    const hostile = structuredClone(file);
    hostile.templates![1]!.name = 'Attacker-chosen lines to take';

    for (const replace of [false, true]) {
      const r = await importThere(
        { ...hostile, visit: { ...file.visit, id: `other-${replace}` }, notes: [] },
        replace,
        true,
      );
      expect(r).toMatchObject({ templates: 0, templatesKept: 2 });
      expect(r.templatesInFile.every((t) => t.outcome === 'kept')).toBe(true);
    }
    const r = await importThere(hostile, true, true);
    expect(r).toMatchObject({ replaced: true, templates: 0, templatesKept: 2 });
    const kept = value(await there.dispatch('templates.list', {})) as UserTemplate[];
    expect(kept.find((t) => t.id === template.id)).toMatchObject({ name: 'Edited here', content: doc('Mine') });
  });
});

describe('editing a user template', () => {
  it('keeps the time it was created and moves the time it was changed', async () => {
    const created = value(await here.dispatch('templates.save', { name: 'Brief', content: doc('A') })) as UserTemplate;
    clock += 60_000;
    const edited = value(
      await here.dispatch('templates.save', { id: created.id, name: 'Brief', content: doc('B') }),
    ) as UserTemplate;
    expect(edited.createdAt).toBe(created.createdAt);
    expect(edited.updatedAt).toBe(now());
  });
});
