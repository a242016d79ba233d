import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBinding, sqliteBinding, type Runtime } from './native-binding';

const root = path.resolve(__dirname, '..');
const inElectron: Runtime = {
  electronVersion: '45.4.1',
  isPackaged: false,
  root: '/src',
  platform: 'linux',
  arch: 'x64',
};

describe('which better-sqlite3 build the desktop app loads', () => {
  it('from a checkout in Electron: the one built for Electron, in .electron-native/', () => {
    const file = path.join('/src', '.electron-native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node');
    expect(sqliteBinding(inElectron, (f) => f === file)).toBe(file);
  });

  it('says what to run when that build is missing, instead of an ABI mismatch from the loader', () => {
    expect(() => sqliteBinding(inElectron, () => false)).toThrow(
      /not been built for Electron 45\.4\.1 .*Run `npm start`, which builds it/,
    );
  });

  it('packaged (electron-builder rebuilt node_modules) or in plain Node (CLI, tests, rehearsal): its own', () => {
    expect(sqliteBinding({ ...inElectron, isPackaged: true }, () => true)).toBeUndefined();
    expect(sqliteBinding({ ...inElectron, electronVersion: undefined }, () => true)).toBeUndefined();
  });

  it('is where scripts/electron-native.mjs puts it', () => {
    const printed = spawnSync(process.execPath, [path.join(root, 'scripts/electron-native.mjs'), '--print-path'], {
      encoding: 'utf8',
    });
    expect(printed.status).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the version the script reads
    const version = (require(path.join(root, 'node_modules/electron/package.json')) as { version: string }).version;
    expect(printed.stdout.trim()).toBe(electronSqliteBinding(root, version, process.platform, process.arch));
  });
});
