import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, VISIT_DATA } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

const visitInput = (title: string) => ({ ...VISIT_DATA, title });
const titles = () => t.store.visits.list().map((v) => v.title);
const boom = () => {
  throw new Error('boom');
};

// Every transaction shares one better-sqlite3 wrapper (it is costly to build per call): these pin
// down that sharing it keeps all-or-nothing, nesting and the result.
describe('Store.transaction', () => {
  it('returns what the work returns and keeps all of it', () => {
    const made = t.store.transaction(() => t.store.visits.create('a', visitInput('First')));
    expect(made.title).toBe('First');
    expect(titles()).toEqual(['First']);
  });

  it('keeps none of the work when it throws, and the next transaction still commits', () => {
    expect(() =>
      t.store.transaction(() => {
        t.store.visits.create('a', visitInput('Lost'));
        boom();
      }),
    ).toThrow('boom');
    expect(titles()).toEqual([]);
    t.store.transaction(() => t.store.visits.create('b', visitInput('Kept')));
    expect(titles()).toEqual(['Kept']);
  });

  it('undoes only a nested transaction that throws, and all of it when the outer one throws', () => {
    t.store.transaction(() => {
      t.store.visits.create('a', visitInput('Outer'));
      expect(() =>
        t.store.transaction(() => {
          t.store.visits.create('b', visitInput('Inner'));
          boom();
        }),
      ).toThrow('boom');
    });
    expect(titles()).toEqual(['Outer']);

    expect(() =>
      t.store.transaction(() => {
        t.store.transaction(() => t.store.visits.create('c', visitInput('Nested')));
        boom();
      }),
    ).toThrow('boom');
    expect(titles()).toEqual(['Outer']);
    expect(t.store.db.inTransaction).toBe(false);
  });
});
