// npm start: runs the desktop app from dist/ with Electron's binary, if there is one, and with
// better-sqlite3 built for Electron's ABI in .electron-native/ (scripts/electron-native.mjs; built
// once per Electron and better-sqlite3 version). node_modules keeps Node's build for the CLI and tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectronSqlite } from './electron-native.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = path.join(root, 'node_modules', 'electron');
let relative = 'electron';
try {
  relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
} catch {
  /* the package's install step did not run: fall through to the message below */
}
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binary = override ? path.join(override, relative) : path.join(pkg, 'dist', relative);
if (!fs.existsSync(binary)) {
  console.error(`npm start: no Electron binary at ${binary}.
Electron's binary is downloaded by \`npm install\` where the network allows. Offline, unpack an
Electron 45 build (electron-v45.4.1-<platform>-<arch>.zip) and run:
  ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start`);
  process.exit(1);
}
try {
  buildElectronSqlite();
} catch (e) {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const child = spawn(binary, [path.join(root, 'dist', 'main', 'main.cjs')], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
