import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { Store } from './store';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

describe('Store.open with a nativeBinding (the desktop app run from a checkout loads Electron’s build)', () => {
  it('loads better-sqlite3 from the addon it is given', () => {
    const require = createRequire(import.meta.url);
    const nodeBuild = path.join(
      path.dirname(require.resolve('better-sqlite3/package.json')),
      'build/Release/better_sqlite3.node',
    );
    const store = Store.open(tmp.file('a.sqlite'), undefined, { nativeBinding: nodeBuild });
    expect(store.visits.list()).toEqual([]);
    store.close();
  });

  it('fails with a clear storage error, naming the file, when that addon is not there', () => {
    const missing = tmp.file('electron-native/better_sqlite3.node');
    expect(() => Store.open(tmp.file('b.sqlite'), undefined, { nativeBinding: missing })).toThrow(
      /Could not open .*b\.sqlite.*better_sqlite3\.node/s,
    );
  });
});
