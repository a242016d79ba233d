// npm run screenshots: builds the renderer, then writes PNGs of every main view with the demo
// visit to docs/screenshots/ (scripts/screenshots.ts, run through tsx).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root }).status ?? 1;
let status = run([path.join(root, 'scripts', 'build.mjs'), 'renderer']);
if (status === 0)
  status = run([
    path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(root, 'scripts', 'screenshots.ts'),
    ...process.argv.slice(2),
  ]);
process.exit(status);
