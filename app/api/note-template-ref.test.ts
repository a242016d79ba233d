import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../domain/note';
import type { Visit } from '../domain/visit';
import type { InterchangeJson } from '../interchange/format';
import { openTestStore, value, VISIT_INPUT } from '../testing/fixtures';

/** The `template` a note remembers is a name, never text: NUL and lone surrogates never get stored. */

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

async function created(template: unknown): Promise<Note> {
  const visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit;
  const note = value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', template })) as Note;
  return value(await t.dispatch('notes.get', { id: note.id })) as Note;
}

describe('the template a note came from', () => {
  it.each([
    ['talking-points\u0000', 'talking-points'],
    ['talking\uD800-points', 'talking-points'],
    ['\uDC00scene-setter', 'scene-setter'],
    ['meeting-brief\uFFFF', 'meeting-brief'],
    ['\u0000', null],
  ])('is cleaned on notes.create: %j is stored as %j', async (sent, stored) => {
    expect((await created(sent)).template).toBe(stored);
  });

  it('is cleaned on import from a visit file', async () => {
    const visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit;
    value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', template: 'scene-setter' }));
    const file = value(await t.dispatch('interchange.export', { visitId: visit.id })) as InterchangeJson;
    const note = file.notes![0]!;
    (note as { template: string }).template = 'scene\u0000-setter\uD83D';
    value(await t.dispatch('interchange.import', { file, replace: true }));
    const back = value(await t.dispatch('notes.get', { id: note.id })) as Note;
    expect(back.template).toBe('scene-setter');
  });
});
