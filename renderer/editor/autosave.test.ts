import { describe, expect, it } from 'vitest';
import type { Result } from '../../app/api/result';
import { Autosaver, type Clock, type SaveState } from './autosave';

/** A clock the test advances by hand. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    now: () => now,
  };
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await flushMicrotasks();
    }
    now = end;
    await flushMicrotasks();
  }
  return { clock, advance };
}

const flushMicrotasks = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(
  answer: (content: string, base: number) => Result<{ revision: number }> = (_c, base) => ({
    ok: true,
    value: { revision: base + 1 },
  }),
) {
  const { clock, advance } = fakeClock();
  const saves: { content: string; base: number }[] = [];
  const startedAt: number[] = [];
  const unloadSaves: { content: string; base: number }[] = [];
  const states: SaveState['kind'][] = [];
  const saver = new Autosaver<string>({
    baseRevision: 1,
    clock,
    idleMs: 400,
    maxWaitMs: 2000,
    save: async (content, base) => {
      saves.push({ content, base });
      startedAt.push(clock.now());
      return answer(content, base);
    },
    saveWithoutWaiting: (content, base) => unloadSaves.push({ content, base }),
    onState: (s) => states.push(s.kind),
  });
  return { saver, saves, unloadSaves, states, advance, startedAt };
}

describe('Autosaver', () => {
  it('saves once after a pause, with the latest content and the loaded revision', async () => {
    const { saver, saves, advance, states } = setup();
    saver.changed(() => 'a');
    await advance(100);
    saver.changed(() => 'ab');
    await advance(399);
    expect(saves).toEqual([]);
    await advance(1);
    expect(saves).toEqual([{ content: 'ab', base: 1 }]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.revision).toBe(2);
  });

  it('saves at least every 2 s while typing never pauses', async () => {
    const { saver, saves, advance } = setup();
    for (let t = 0; t < 5000; t += 100) {
      saver.changed(() => `text at ${t}`);
      await advance(100);
    }
    expect(saves.length).toBe(2);
    expect(saves[1]!.base).toBe(2);
    await advance(400);
    expect(saves.at(-1)!.content).toBe('text at 4900');
  });

  it('never starts two saves within 500 ms, and still saves ≤ 500 ms after the last key', async () => {
    const { saver, saves, advance, startedAt } = setup();
    // Keys separated by pauses just over the idle time.
    let lastKeyAt = 0;
    for (let key = 0; key < 6; key++) {
      saver.changed(() => `key ${key}`);
      lastKeyAt = key * 410;
      await advance(410);
    }
    await advance(600);
    const gaps = startedAt.slice(1).map((s, i) => s - startedAt[i]!);
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
    expect(saves.at(-1)!.content).toBe('key 5');
    expect(startedAt.at(-1)! - lastKeyAt).toBeLessThanOrEqual(500);
  });

  it('a conflict stops saving and is reported, never retried over the other change', async () => {
    const { saver, saves, advance, states } = setup(() => ({
      ok: false,
      error: { code: 'conflict', message: 'The note was changed elsewhere' },
    }));
    saver.changed(() => 'mine');
    await advance(400);
    expect(states.at(-1)).toBe('conflict');
    saver.changed(() => 'more');
    await advance(3000);
    expect(saves).toHaveLength(1);
  });

  it('a failed save keeps the change for a retry', async () => {
    let fail = true;
    const { saver, saves, advance, states } = setup((_c, base) =>
      fail
        ? { ok: false, error: { code: 'storage_error', message: 'disk full' } }
        : { ok: true, value: { revision: base + 1 } },
    );
    saver.changed(() => 'x');
    await advance(400);
    expect(states.at(-1)).toBe('error');
    fail = false;
    await saver.retry();
    expect(saves.map((s) => s.content)).toEqual(['x', 'x']);
    expect(states.at(-1)).toBe('saved');
  });

  it('hands the last change over synchronously when the page goes away', async () => {
    const { saver, saves, unloadSaves } = setup();
    saver.changed(() => 'typed just before reload');
    saver.flushWithoutWaiting();
    expect(unloadSaves).toEqual([{ content: 'typed just before reload', base: 1 }]);
    expect(saves).toEqual([]);
    saver.flushWithoutWaiting();
    expect(unloadSaves).toHaveLength(1);
  });
});
