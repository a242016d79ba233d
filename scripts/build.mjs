// Builds everything that runs outside the test runners:
//   dist/cli/briefing.cjs   the `briefing` command (bin/briefing.cjs loads it)
//   dist/{cli,main}/job-worker.cjs  the job worker (exports, import parsing) beside each bundle that starts it
//   dist/main/main.cjs      Electron main process
//   dist/main/preload.cjs   the preload (sandboxed: bundled into one CommonJS file)
//   dist/renderer/          the React app (Vite)
// Usage: node scripts/build.mjs [cli|main|renderer ...]  (default: all)
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native and Electron modules, and the browser driver of PDF export, are loaded at run time, never
  // bundled. So are the .docx import's libraries (production dependencies, packaged from
  // node_modules): loaded on the first import, they would otherwise be parsed at every start of the
  // CLI and the app (~5 MB, +0.1-0.5 s).
  external: ['better-sqlite3', 'electron', 'happy-dom', 'mammoth', 'jszip', 'lexical', '@lexical/*'],
};

/** The job worker (app/jobs/process-worker.ts), beside the bundle that starts it. */
async function jobWorker(folder) {
  await esbuild({
    ...node,
    entryPoints: [path.join(root, 'app/jobs/process-worker.ts')],
    outfile: path.join(root, `dist/${folder}/job-worker.cjs`),
  });
}

if (all || wanted.has('cli')) {
  await esbuild({
    ...node,
    entryPoints: [path.join(root, 'app/cli/bin.ts')],
    outfile: path.join(root, 'dist/cli/briefing.cjs'),
  });
  await jobWorker('cli');
}
if (all || wanted.has('main')) {
  for (const entry of ['main', 'preload']) {
    const src = path.join(root, `main/${entry}.ts`);
    if (!fs.existsSync(src)) continue;
    await esbuild({ ...node, entryPoints: [src], outfile: path.join(root, `dist/main/${entry}.cjs`) });
  }
  await jobWorker('main');
}
if (all || wanted.has('renderer')) {
  await vite({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}
console.log('build: done');
