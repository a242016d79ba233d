import { memoryFlag, exitReporter } from '../../app/jobs/process-runner';
import { DEFAULT_JOB_BUDGET, type JobBudget } from '../../app/jobs/protocol';
import { createJobRunner, type JobRunner, type StartWorker } from '../../app/jobs/runner';

/** What is used of Electron's UtilityProcess, so the adapter is tested without Electron. */
export interface UtilityProcessLike {
  readonly pid?: number | undefined;
  readonly stderr?: NodeJS.ReadableStream | null;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  /** V8's fatal errors (an out-of-memory among them); 'exit' follows. */
  on(event: 'error', listener: (type: string, location: string, report: string) => void): unknown;
}

export interface UtilityWorkerDeps {
  /** utilityProcess.fork, narrowed to what is used here. */
  fork(
    modulePath: string,
    args: string[],
    options: { execArgv: string[]; serviceName: string; stdio: ('ignore' | 'pipe')[] },
  ): UtilityProcessLike;
  /** dist/main/job-worker.cjs (app/jobs/process-worker.ts bundled by scripts/build.mjs). */
  script: string;
  /** The worker's resident memory in MB (from app.getAppMetrics()), or undefined once it is gone. */
  memoryOf?(pid: number): number | undefined;
  /** How often the watchdog looks at the worker's memory. */
  watchEveryMs?: number;
}

/**
 * A utilityProcess has no resourceLimits: V8's heap limit is set with --max-old-space-size, and a
 * watchdog stops the process if its resident memory (heap, buffers, everything) grows past twice
 * the budget, which the heap limit alone does not bound.
 */
export function startUtilityWorker(deps: UtilityWorkerDeps): StartWorker {
  return (budget, events) => {
    const child = deps.fork(deps.script, [], {
      execArgv: [memoryFlag(budget)],
      serviceName: 'Briefing job',
      // stderr only: V8's out-of-memory report is read from it; stdout is not wanted.
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const report = exitReporter(events);
    let overBudget = false;
    const watchdog = setInterval(() => {
      const mb = child.pid === undefined ? undefined : deps.memoryOf?.(child.pid);
      if (mb !== undefined && mb > budget.memoryMb * 2) {
        overBudget = true;
        child.kill();
      }
    }, deps.watchEveryMs ?? 500);
    child.stderr?.on('data', report.stderr);
    // Electron reports V8's fatal error here too ("Reached heap limit", "... heap out of memory").
    child.on('error', (_type, location) => report.stderr(`\n${location}\n`));
    child.on('message', (m) => events.message(m));
    child.on('exit', (code) => {
      clearInterval(watchdog);
      if (overBudget) events.exit({ kind: 'out_of_memory' });
      // Give the last of stderr (V8's out-of-memory message) a turn to arrive.
      else setImmediate(() => report.exit(code));
    });
    return {
      post: (request) => child.postMessage(request),
      kill: () => {
        clearInterval(watchdog);
        child.kill();
      },
    };
  };
}

/** The desktop app's job runner: one utilityProcess per export or import. */
export function createUtilityJobRunner(deps: UtilityWorkerDeps, budget: JobBudget = DEFAULT_JOB_BUDGET): JobRunner {
  return createJobRunner(startUtilityWorker(deps), budget);
}
