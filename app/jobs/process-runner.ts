import { fork } from 'node:child_process';
import fs from 'node:fs';
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

/**
 * The worker's entry: the bundled one beside this bundle, or, when running from the sources
 * (tests, tsx), the TypeScript entry loaded through tsx.
 */
function workerEntry(): { script: string; execArgv: string[] } {
  const bundled = path.join(__dirname, BUNDLED_JOB_WORKER);
  if (__filename.endsWith('.cjs') && fs.existsSync(bundled)) return { script: bundled, execArgv: [] };
  return { script: path.join(__dirname, 'process-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * A Node child process per job. Not a worker_threads worker: a thread that reaches its heap limit
 * inside native code (JSON.parse of a hostile file does) aborts the whole process, caller
 * included; a child process takes only itself down.
 */
export function startChildWorker(entry = workerEntry()): StartWorker {
  return (budget, events) => {
    const child = fork(entry.script, [], {
      execArgv: [...entry.execArgv, memoryFlag(budget)],
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
