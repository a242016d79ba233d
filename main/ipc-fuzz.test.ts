import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../app/api/contract';
import { createDispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { ERROR_CODES } from '../app/api/result';
import { seedDemo } from '../app/demo/seed';
import { Store } from '../app/store/store';
import { tempDir } from '../app/testing/temp';
import { bindOperations, channelOf, type SenderEvent } from './ipc-bridge';

/** A small deterministic generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function describePayload(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? String(v);
  } catch {
    return '(too deep to print)';
  }
}

function hostileValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 14);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return Math.floor(r() * 2 ** 31) * (r() < 0.5 ? -1 : 1);
    case 3:
      return [NaN, Infinity, -0, 1e308, 0.5][Math.floor(r() * 5)];
    case 4:
      return 'x'.repeat(Math.floor(r() * 3) === 0 ? 1_000_000 : 10);
    case 5:
      return ["'; DROP TABLE visits; --", '\u0000', '\uD800', '\u202Eevil', '__proto__', '../../etc/passwd'][
        Math.floor(r() * 6)
      ];
    case 6:
      return r() < 0.5;
    case 7:
      return JSON.parse('{"__proto__": {"polluted": true}}');
    case 8:
      return { constructor: { prototype: { polluted: true } } };
    case 9: {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 5_000; i++) deep = { a: deep };
      return deep;
    }
    case 10:
      return depth > 3
        ? {}
        : Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`k${i}`, hostileValue(r, depth + 1)]));
    case 11:
      return depth > 3 ? [] : Array.from({ length: Math.floor(r() * 4) }, () => hostileValue(r, depth + 1));
    case 12:
      // A plausible shape with one wrong field.
      return { id: hostileValue(r, depth + 1), visitId: 'demo-visit-kz-tr-2021', title: hostileValue(r, depth + 1) };
    default:
      return { id: 'demo-visit-kz-tr-2021', query: hostileValue(r, depth + 1), content: hostileValue(r, depth + 1) };
  }
}

describe('hostile IPC', () => {
  const tmp = tempDir();
  let store: Store;
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();

  beforeAll(() => {
    store = Store.open(tmp.file('fuzz.sqlite'));
    seedDemo(store);
    bindOperations({ handle: (c, l) => void handlers.set(c, l) }, createDispatch(createHandlers(store)));
  });
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });

  it('answers 10,000 malformed payloads to every operation with {ok:false} and a known code, leaving the data unchanged', async () => {
    const before = fs.readFileSync(tmp.file('fuzz.sqlite')).length;
    const snapshot = JSON.stringify(OPERATION_NAMES.filter((n) => n === 'visits.list').map(() => store.visits.list()));
    const counts = store.db
      .prepare(
        'SELECT (SELECT count(*) FROM visits) v, (SELECT count(*) FROM people) p, (SELECT count(*) FROM notes) n, (SELECT group_concat(revision) FROM notes) r',
      )
      .get();
    const r = rng(20261125);
    const event = { senderFrame: { url: 'app://briefing/index.html' } };
    // Operations that change data; none of them may accept a hostile payload. (Reads and
    // backup.create take an empty input, so `undefined` is a valid call for them.)
    const reads = /\.(list|get|revisions|export|check)$|^search$|^export\.|^backup\.create$/;
    const writes = OPERATION_NAMES.filter((n) => !reads.test(n));
    for (let i = 0; i < 10_000; i++) {
      const op = OPERATION_NAMES[i % OPERATION_NAMES.length]!;
      const payload = hostileValue(r);
      const result = (await handlers.get(channelOf(op))!(event, payload)) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      if (writes.includes(op) || result.ok === false) {
        expect(result.ok, `${op} accepted ${describePayload(payload)}`).toBe(false);
        expect(ERROR_CODES).toContain(result.error!.code);
        expect(result.error!.message.length).toBeGreaterThan(0);
        expect(result.error!.code).not.toBe('internal');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      store.db
        .prepare(
          'SELECT (SELECT count(*) FROM visits) v, (SELECT count(*) FROM people) p, (SELECT count(*) FROM notes) n, (SELECT group_concat(revision) FROM notes) r',
        )
        .get(),
    ).toEqual(counts);
    expect(JSON.stringify(OPERATION_NAMES.filter((n) => n === 'visits.list').map(() => store.visits.list()))).toBe(
      snapshot,
    );
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(before).toBeGreaterThan(0);
  }, 120_000);
});
