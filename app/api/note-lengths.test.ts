import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteContent } from '../domain/content';
import { estimateLength } from '../domain/length';
import type { Note } from '../domain/note';
import type { Visit } from '../domain/visit';
import { loadWordStyle } from '../export/style';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import { noteLengthOptions } from '../templates/note-length';
import type { ListedNote } from './note-lengths';

const PARAGRAPH =
  'Bilateral trade stayed above three billion dollars despite the pandemic, and both sides aim for ten billion within five years. ';

let t: ReturnType<typeof openTestStore>;
let visit: Visit;
beforeEach(async () => {
  t = openTestStore();
  visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit;
});
afterEach(() => t.close());

const create = async (title: string, content: unknown) =>
  value(await t.dispatch('notes.create', { visitId: visit.id, title, content })) as Note;

describe('notes.list withLength', () => {
  it('gives each note the length the editor’s status line shows, so the pack builder can flag a long brief', async () => {
    const long = await create('Long brief', doc(...Array.from({ length: 40 }, () => PARAGRAPH.repeat(3))));
    const short = await create('Short note', doc('Two lines.'));
    const listed = value(await t.dispatch('notes.list', { visitId: visit.id, withLength: true })) as ListedNote[];
    const byId = new Map(listed.map((n) => [n.id, n]));

    const longLength = byId.get(long.id)!.length!;
    expect(longLength.words).toBe(2400);
    expect(longLength.pages).toBeGreaterThan(3);
    expect(longLength.pages).toBeLessThan(4);
    expect(byId.get(short.id)!.length!.pages).toBeLessThan(0.5);

    // The very estimate the editor works out for the same note (title block, fields as values).
    const ctx = { visit, people: [], programmeItem: null, classification: long.classification, frozen: null };
    expect(longLength).toEqual(
      estimateLength(long.content as NoteContent, loadWordStyle(), noteLengthOptions(long.title, ctx)),
    );
  });

  it('leaves the length out unless asked (the Notes tab does not pay for it)', async () => {
    await create('Note', doc('Text.'));
    const listed = value(await t.dispatch('notes.list', { visitId: visit.id })) as ListedNote[];
    expect(listed[0]).not.toHaveProperty('length');
  });
});
