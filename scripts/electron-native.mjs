// Builds better-sqlite3 for Electron's ABI into .electron-native/electron-<version>-<platform>-<arch>/
// (main/native-binding.ts loads it through better-sqlite3's nativeBinding option when the desktop
// app runs from a checkout). node_modules/better-sqlite3 is never touched: the CLI and the tests
// keep Node's build, and node_modules may be shared by hard links with other checkouts. The
// package's sources are copied to .electron-native/ and compiled there with node-gyp against
// Electron's headers, which node-gyp downloads from Electron's site — or, offline, takes from
// ELECTRON_HEADERS_DIR (an unpacked node-v<version>-headers.tar.gz of that Electron version).
// Usage: node scripts/electron-native.mjs [--print-path]   (prints the addon's path and exits)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const FOLDER = '.electron-native';

/** Must match electronSqliteBinding() in main/native-binding.ts (scripts/electron-native.test.ts checks). */
export function bindingPath(electronVersion, platform = process.platform, arch = process.arch) {
  return path.join(root, FOLDER, `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function sqliteVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
}

/**
 * Builds the addon unless the one there was built from this better-sqlite3 version. Returns its
 * path, or throws an Error whose message is one line saying what failed and what to do.
 */
export function buildElectronSqlite({ log = console.log } = {}) {
  const electron = electronVersion();
  const out = bindingPath(electron);
  const stamp = `${out}.from`;
  const wanted = `better-sqlite3@${sqliteVersion()}`;
  if (fs.existsSync(out) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return out;

  const work = path.join(root, FOLDER, 'build', `electron-${electron}`);
  const source = path.join(work, 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), source, {
    recursive: true,
    dereference: true,
    filter: (src) => !src.startsWith(path.join(root, 'node_modules', 'better-sqlite3', 'build')),
  });
  const headers = process.env.ELECTRON_HEADERS_DIR;
  const args = [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    `--target=${electron}`,
    `--arch=${process.arch}`,
    '--runtime=electron',
    ...(headers
      ? [`--nodedir=${path.resolve(headers)}`]
      : ['--dist-url=https://electronjs.org/headers', `--devdir=${path.join(root, FOLDER, 'headers')}`]),
  ];
  log(`building better-sqlite3 for Electron ${electron} (${process.platform}-${process.arch}) in ${work} …`);
  const logFile = path.join(root, FOLDER, `build-electron-${electron}.log`);
  const run = spawnSync(process.execPath, args, {
    cwd: source,
    encoding: 'utf8',
    // npm's own configuration (nodedir for Node's headers) must not leak into Electron's build.
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k))),
  });
  fs.writeFileSync(logFile, `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  const built = path.join(source, 'build', 'Release', 'better_sqlite3.node');
  if (run.status !== 0 || !fs.existsSync(built)) {
    fs.rmSync(work, { recursive: true, force: true }); // the copied sources (28 MB); the log stays
    const reason = headers
      ? `node-gyp failed with the headers in ELECTRON_HEADERS_DIR=${headers}`
      : /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|getaddrinfo/.test(
            `${run.stdout}${run.stderr}`,
          )
        ? "Electron's headers could not be downloaded from https://electronjs.org/headers (no network?); unpack node-v" +
          `${electron}-headers.tar.gz and set ELECTRON_HEADERS_DIR to it`
        : `node-gyp failed (exit ${run.status ?? run.signal})`;
    throw new Error(`cannot build better-sqlite3 for Electron ${electron}: ${reason}; log: ${logFile}`);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(built, out);
  fs.writeFileSync(stamp, wanted);
  fs.rmSync(work, { recursive: true, force: true });
  log(`built ${path.relative(root, out)}`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print-path')) {
    console.log(bindingPath(electronVersion()));
    process.exit(0);
  }
  try {
    buildElectronSqlite();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
