// npm run demo [-- --db FILE]: the app's main job, headless, on the embedded default database
// (the desktop app's own file in the user-data folder, unless --db or $BRIEFING_DB says otherwise):
// create it if needed, load the demo visit, show what is there, and export its briefing pack to
// ./demo-briefing-pack.docx (or $BRIEFING_DEMO_PACK).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'bin', 'briefing.cjs');
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'briefing.cjs'))) {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli'], { stdio: 'inherit' });
}

const passThrough = process.argv.slice(2);
function briefing(...args) {
  const r = spawnSync(process.execPath, [cli, ...passThrough, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const pack = path.resolve(process.env.BRIEFING_DEMO_PACK ?? 'demo-briefing-pack.docx');
briefing('init');
briefing('seed-demo');
console.log('\nVisits in the database:');
briefing('list');
console.log('\nThe briefing pack of the demo visit, in Word:');
briefing('export', '--visit', 'demo-visit-kz-tr-2021', '--out', pack);
