import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed';
import type { Note } from '../domain/note';
import type { SearchHit } from '../domain/search';
import { doc, openTestStore, value } from '../testing/fixtures';
import { toFtsQuery } from './search';

let t: ReturnType<typeof openTestStore>;
beforeEach(async () => {
  t = openTestStore();
  seedDemo(t.store);
  const note = value(
    await t.dispatch('notes.create', { visitId: 'demo-visit-kz-tr-2021', title: 'Scene-setter: Ankara' }),
  ) as Note;
  value(
    await t.dispatch('notes.save', {
      id: note.id,
      baseRevision: 1,
      content: doc('Bilateral trade exceeded $3 billion despite the pandemic.', 'Mr Çavuşoğlu will chair the group.'),
    }),
  );
});
afterEach(() => t.close());

async function search(query: string): Promise<SearchHit[]> {
  return value(await t.dispatch('search', { query })) as SearchHit[];
}

describe('search', () => {
  it('finds a person by an alias without diacritics, and a note mentioning them', async () => {
    const hits = await search('Cavusoglu');
    expect(hits.map((h) => [h.kind, h.title])).toEqual(
      expect.arrayContaining([
        ['person', 'Mevlüt Çavuşoğlu'],
        ['note', 'Scene-setter: Ankara'],
      ]),
    );
    const note = hits.find((h) => h.kind === 'note')!;
    expect(note.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Çavuşoğlu']);
  });

  it('is insensitive to case and matches prefixes', async () => {
    expect((await search('BILAT')).map((h) => h.title)).toContain('Scene-setter: Ankara');
    expect((await search('tleub')).map((h) => h.title)).toContain('Mukhtar Tleuberdi');
  });

  it('ranks a title match above a body match', async () => {
    const titled = value(
      await t.dispatch('notes.create', { visitId: 'demo-visit-kz-tr-2021', title: 'Pandemic measures' }),
    ) as Note;
    const hits = (await search('pandemic')).filter((h) => h.kind === 'note');
    expect(hits[0]!.title).toBe(titled.title);
    expect(hits.map((h) => h.title)).toContain('Scene-setter: Ankara');
  });

  it('scoped to a visit, finds that visit’s notes however many newer notes elsewhere match', async () => {
    const other = value(
      await t.dispatch('visits.create', {
        title: 'Other',
        hostCountry: 'FR',
        guestCountry: 'KZ',
        city: 'Paris',
        startDate: '2022-01-01',
        endDate: '2022-01-02',
      }),
    ) as { id: string };
    t.store.transaction(() => {
      for (let i = 0; i < 2_100; i++) {
        t.store.notes.create(`bulk-${i}`, {
          visitId: other.id,
          programmeItemId: null,
          title: `Bulk ${i}`,
          template: null,
          classification: 'OFFICIAL',
          content: doc('pandemic again'),
        });
      }
    });
    const scoped = value(
      await t.dispatch('search', { query: 'pandemic', visitId: 'demo-visit-kz-tr-2021' }),
    ) as SearchHit[];
    expect(scoped.map((h) => h.title)).toContain('Scene-setter: Ankara');
    expect(scoped.every((h) => h.visitId === 'demo-visit-kz-tr-2021')).toBe(true);
  });

  it.each(['"unbalanced', 'AND OR', 'NEAR(', '*', "'; DROP TABLE notes; --", '\u0000', '(((', '^'])(
    'treats %j as plain words, never an error',
    async (q) => {
      const r = await t.dispatch('search', { query: q });
      expect(r.ok).toBe(true);
    },
  );

  it('builds FTS queries of quoted prefix terms only', () => {
    expect(toFtsQuery('"unbalanced AND')).toBe('"unbalanced"* "AND"*');
    expect(toFtsQuery('  ')).toBeUndefined();
  });
});
