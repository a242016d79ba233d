import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is a native addon, built by `npm install` for Node's ABI — the one the CLI and
 * the tests use. Electron has its own ABI, so the desktop app run from a checkout (`npm start`)
 * loads a second build made for it by scripts/electron-native.mjs, kept apart in .electron-native/
 * so node_modules stays Node's. A packaged app needs neither: electron-builder rebuilds
 * node_modules/better-sqlite3 for Electron inside the package.
 */
export const ELECTRON_NATIVE_FOLDER = '.electron-native';

/** The addon for one Electron version, platform and architecture (scripts/electron-native.mjs writes it). */
export function electronSqliteBinding(root: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(
    root,
    ELECTRON_NATIVE_FOLDER,
    `electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

export interface Runtime {
  /** process.versions.electron: undefined in plain Node (the CLI, tests, the start-up rehearsal). */
  electronVersion: string | undefined;
  isPackaged: boolean;
  /** The checkout's root (dist/main/../..). */
  root: string;
  platform: string;
  arch: string;
}

/**
 * The nativeBinding option for Store.open: the Electron build when running from a checkout in
 * Electron, nothing otherwise. A missing build is an error that says what to run, instead of
 * Node's "compiled against a different Node.js version" from deep inside the addon loader.
 */
export function sqliteBinding(runtime: Runtime, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  if (!runtime.electronVersion || runtime.isPackaged) return undefined;
  const file = electronSqliteBinding(runtime.root, runtime.electronVersion, runtime.platform, runtime.arch);
  if (exists(file)) return file;
  throw new Error(
    `The database module has not been built for Electron ${runtime.electronVersion} (${file} is missing). ` +
      'Run `npm start`, which builds it, or `node scripts/electron-native.mjs`.',
  );
}
