import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { contentFor } from './content';

let saverBundle: string | undefined;

/** The saver bundled once to plain JS: a child then starts in ~0.1 s instead of compiling TS. */
function saver(): string {
  if (saverBundle && fs.existsSync(saverBundle)) return saverBundle;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-saver-')), 'saver.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'saver.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    nodePaths: [path.join(__dirname, '../../../node_modules')],
    logLevel: 'error',
  });
  saverBundle = out;
  return out;
}

export interface TrialResult {
  acknowledged: number;
  stored: number;
  integrity: string;
  contentMatches: boolean;
}

/**
 * One trial: start the saver, let it run for `runMs`, SIGKILL it, then open the file as a fresh
 * process would and compare with the last revision it acknowledged.
 */
export async function crashTrial(file: string, noteId: string, runMs: number): Promise<TrialResult> {
  const child = spawn(process.execPath, [saver(), file, noteId], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(__dirname, '../../../node_modules') },
  });
  let acknowledged = 0;
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) !== -1) {
      const m = /^ack (\d+)$/.exec(buffer.slice(0, nl));
      if (m) acknowledged = Number(m[1]);
      buffer = buffer.slice(nl + 1);
    }
  });
  // Wait for the first acknowledgement, so every trial kills a process that is saving.
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (acknowledged > 0 || Date.now() - started > 20_000) {
        clearInterval(poll);
        if (acknowledged > 0) resolve();
        else reject(new Error(`the saver did not start: ${stderr}`));
      }
    }, 5);
  });
  await new Promise((r) => setTimeout(r, runMs));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  const db = new BetterSqlite3(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const row = db.prepare('SELECT revision, content FROM notes WHERE id = ?').get(noteId) as {
      revision: number;
      content: string;
    };
    return {
      acknowledged,
      stored: row.revision,
      integrity,
      contentMatches: row.content === JSON.stringify(contentFor(row.revision)),
    };
  } finally {
    db.close();
  }
}
