import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Esbuild from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_JOB_BUDGET, type JobBudget } from './protocol';
import { createJobRunner, type JobRunner, type StartWorker, type WorkerEvents } from './runner';

/** The bundled worker beside each bundle that starts one (scripts/build.mjs writes it). */
export const BUNDLED_JOB_WORKER = 'job-worker.cjs';

/** V8's last words when a heap limit is reached (the process then aborts). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/** The heap limit of a job worker, as a V8 flag (Node and Electron's utilityProcess both take it). */
export function memoryFlag(budget: JobBudget): string {
  return `--max-old-space-size=${Math.max(16, Math.floor(budget.memoryMb))}`;
}

/**
 * Collects the tail of a worker's stderr and tells its exit apart: out of memory (V8 printed so)
 * or any other end.
 */
export function exitReporter(events: WorkerEvents) {
  let stderrTail = '';
  return {
    stderr(chunk: Buffer | string) {
      stderrTail = (stderrTail + chunk.toString()).slice(-4_000);
    },
    exit(code: number | null) {
      if (OUT_OF_MEMORY.test(stderrTail)) events.exit({ kind: 'out_of_memory' });
      else events.exit({ kind: 'exited', code });
    },
  };
}

let builtFromSources: string | undefined;

/**
 * Running from the sources (the tests, tsx), the worker is bundled once per process with esbuild
 * (a development dependency), as scripts/build.mjs does: loading it through a TypeScript loader
 * in every child would cost a second per job.
 */
function bundleFromSources(): string {
  if (builtFromSources) return builtFromSources;
  const out = path.join(os.tmpdir(), `briefing-job-worker-${process.pid}-${Date.now()}.cjs`);
  const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild;
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'process-worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'silent',
  });
  process.once('exit', () => fs.rmSync(out, { force: true }));
  return (builtFromSources = out);
}

/** The worker's entry: the bundled one beside this bundle, or one bundled now from the sources. */
export function jobWorkerScript(): string {
  const bundled = path.join(__dirname, BUNDLED_JOB_WORKER);
  if (__filename.endsWith('.cjs') && fs.existsSync(bundled)) return bundled;
  return bundleFromSources();
}

/**
 * A Node child process per job. Not a worker_threads worker: a thread that reaches its heap limit
 * inside native code (JSON.parse of a hostile file does) aborts the whole process, caller
 * included; a child process takes only itself down.
 */
export function startChildWorker(entry?: string): StartWorker {
  return (budget, events) => {
    const child = fork(entry ?? jobWorkerScript(), [], {
      execArgv: [memoryFlag(budget)],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const report = exitReporter(events);
    child.stderr?.on('data', report.stderr);
    child.on('message', (m) => events.message(m));
    // 'close' comes after stderr has been read to its end: the out-of-memory message is in.
    child.on('close', (code) => report.exit(code));
    child.on('error', () => undefined);
    return {
      post: (request) => void child.send(request),
      kill: () => void child.kill('SIGKILL'),
    };
  };
}

/** Jobs in child processes with a budget: the CLI's runner, and the tests'. */
export function createChildProcessJobRunner(budget: JobBudget = DEFAULT_JOB_BUDGET): JobRunner {
  return createJobRunner(startChildWorker(), budget);
}
