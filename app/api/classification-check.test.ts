import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../domain/note';
import type { Visit } from '../domain/visit';
import { exportVisit } from '../interchange/export';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
beforeEach(async () => {
  t = openTestStore();
  value(await t.dispatch('settings.set', { classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'] }));
});
afterEach(() => t.close());

const LISTED = '(OFFICIAL, OFFICIAL-SENSITIVE, SECRET)';

async function refused(
  operation: string,
  input: unknown,
  path: string,
  marking: string,
  listed = LISTED,
): Promise<void> {
  const r = await t.dispatch(operation, input);
  expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  if (r.ok) return;
  expect(r.error.message).toBe(`${path}: ${marking} is not one of this installation's classifications ${listed}`);
  expect(r.error.issues).toEqual([{ path, message: expect.stringContaining(listed) }]);
}

async function newVisit(classification = 'OFFICIAL'): Promise<Visit> {
  return value(await t.dispatch('visits.create', { ...VISIT_INPUT, classification })) as Visit;
}

describe("classifications must come from the installation's list", () => {
  it('on creating a visit, naming the allowed values; nothing is created', async () => {
    await refused('visits.create', { ...VISIT_INPUT, classification: 'RESTRICTED' }, 'classification', 'RESTRICTED');
    expect(value(await t.dispatch('visits.list', {}))).toEqual([]);
    expect((await newVisit('SECRET')).classification).toBe('SECRET');
  });

  it('on changing a visit', async () => {
    const visit = await newVisit();
    await refused('visits.update', { ...visit, classification: 'TOP SECRET' }, 'classification', 'TOP SECRET');
    expect((value(await t.dispatch('visits.get', { id: visit.id })) as { visit: Visit }).visit.classification).toBe(
      'OFFICIAL',
    );
  });

  it('on creating a note, given or inherited from its visit', async () => {
    const visit = await newVisit();
    const create = { visitId: visit.id, title: 'Brief' };
    await refused('notes.create', { ...create, classification: 'CONFIDENTIAL' }, 'classification', 'CONFIDENTIAL');
    const inherited = value(await t.dispatch('notes.create', create)) as Note;
    expect(inherited.classification).toBe('OFFICIAL');
    const given = value(await t.dispatch('notes.create', { ...create, classification: 'SECRET' })) as Note;
    expect(given.classification).toBe('SECRET');
  });

  it('on import, naming the JSON path of each marking; nothing is imported', async () => {
    const visit = await newVisit();
    value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', content: doc('Text') }));
    const file = exportVisit(t.store, visit.id) as { visit: { id: string; classification: string } } & {
      notes: { id: string; classification: string }[];
    };
    file.visit.id = 'imported';
    file.notes[0]!.id = 'imported-note';
    file.notes[0]!.classification = 'NATO SECRET';
    await refused('interchange.import', { file }, 'notes.0.classification', 'NATO SECRET');
    file.visit.classification = 'UNCLASSIFIED';
    const r = await t.dispatch('interchange.import', { file });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^visit\.classification: /) } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toEqual(['visit.classification', 'notes.0.classification']);
    expect(value(await t.dispatch('visits.list', {}))).toHaveLength(1);
  });
});

describe('a marking taken off the list later', () => {
  async function retiredMarkings() {
    const visit = await newVisit('OFFICIAL-SENSITIVE');
    const note = value(
      await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', content: doc('Points to make') }),
    ) as Note;
    value(await t.dispatch('settings.set', { classifications: ['OFFICIAL', 'SECRET'] }));
    return { visit, note };
  }

  it('stays on the visit and its notes, which remain readable, editable and exportable with it', async () => {
    const { visit, note } = await retiredMarkings();
    expect((value(await t.dispatch('notes.get', { id: note.id })) as Note).classification).toBe('OFFICIAL-SENSITIVE');
    value(await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('Points to make, revised') }));
    // Editing the visit's other fields keeps its marking.
    const renamed = value(await t.dispatch('visits.update', { ...visit, title: 'Renamed visit' })) as Visit;
    expect(renamed).toMatchObject({ title: 'Renamed visit', classification: 'OFFICIAL-SENSITIVE' });

    const word = await t.dispatch('export.note', { noteId: note.id });
    expect(word.ok).toBe(true);
    const json = value(await t.dispatch('interchange.export', { visitId: visit.id })) as {
      visit: { classification: string };
      notes: { classification: string }[];
    };
    expect(json.visit.classification).toBe('OFFICIAL-SENSITIVE');
    expect(json.notes.map((n) => n.classification)).toEqual(['OFFICIAL-SENSITIVE']);
  });

  it('cannot be given back once the visit was changed to another marking', async () => {
    const { visit } = await retiredMarkings();
    value(await t.dispatch('visits.update', { ...visit, classification: 'SECRET' }));
    await refused(
      'visits.update',
      { ...visit, classification: 'OFFICIAL-SENSITIVE' },
      'classification',
      'OFFICIAL-SENSITIVE',
      '(OFFICIAL, SECRET)',
    );
  });

  it('is not inherited by a new note of its visit', async () => {
    const { visit } = await retiredMarkings();
    const r = await t.dispatch('notes.create', { visitId: visit.id, title: 'Another brief' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain('OFFICIAL-SENSITIVE is not one of');
    const given = value(
      await t.dispatch('notes.create', { visitId: visit.id, title: 'Another brief', classification: 'SECRET' }),
    ) as Note;
    expect(given.classification).toBe('SECRET');
  });
});
