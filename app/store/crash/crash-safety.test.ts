import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, value, VISIT_INPUT } from '../../testing/fixtures';
import { crashTrial } from './trial';

const TRIALS = Number(process.env.BRIEFING_CRASH_TRIALS ?? 50);

describe('crash safety', () => {
  let t: ReturnType<typeof openTestStore>;
  let noteId: string;
  beforeAll(async () => {
    t = openTestStore();
    const visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as { id: string };
    noteId = (value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief' })) as { id: string }).id;
    t.store.close(); // the children own the file from now on
  });
  afterAll(() => t.close());

  it(
    `every acknowledged save survives SIGKILL at a random moment (${TRIALS} trials)`,
    async () => {
      let lastStored = 1;
      for (let i = 0; i < TRIALS; i++) {
        const r = await crashTrial(t.file, noteId, Math.floor(Math.random() * 120));
        expect(r.integrity, `trial ${i}`).toBe('ok');
        expect(r.stored, `trial ${i}: acknowledged ${r.acknowledged}`).toBeGreaterThanOrEqual(r.acknowledged);
        // At most the one save in flight at the kill may have committed without its ack.
        expect(r.stored, `trial ${i}`).toBeLessThanOrEqual(r.acknowledged + 1);
        expect(r.contentMatches, `trial ${i}: content of revision ${r.stored}`).toBe(true);
        expect(r.stored).toBeGreaterThan(lastStored);
        lastStored = r.stored;
      }
    },
    TRIALS * 3_000 + 30_000,
  );
});
