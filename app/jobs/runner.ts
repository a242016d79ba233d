import { AppFailure, type AppError } from '../api/result';
import {
  DEFAULT_JOB_BUDGET,
  JobReply,
  WordExportValue,
  type JobBudget,
  type JobKind,
  type JobOf,
  type JobRequest,
  type JobValues,
} from './protocol';

/** How a worker ended before it answered. */
export type WorkerExit = { kind: 'out_of_memory' } | { kind: 'exited'; code: number | null; detail?: string };

/** What a runner adapter reports about the worker it started. */
export interface WorkerEvents {
  message(message: unknown): void;
  exit(exit: WorkerExit): void;
}

/** One started worker, as the adapters (worker_threads, utilityProcess, this thread) expose it. */
export interface WorkerHandle {
  post(request: JobRequest): void;
  /** Stops the worker now, whatever it is doing. */
  kill(): void;
}

/** Starts one worker for one job, within the budget's memory limit. */
export type StartWorker = (budget: JobBudget, events: WorkerEvents) => WorkerHandle;

/** Runs jobs off the calling thread; a failed job throws AppFailure, as a handler does. */
export interface JobRunner {
  run<K extends JobKind>(job: JobOf<K>): Promise<JobValues[K]>;
}

const WHAT: Record<JobKind, { job: string; input: string }> = {
  'export.note': { job: 'export', input: 'The note' },
  'export.pack': { job: 'export', input: 'One of the notes' },
  'interchange.parse': { job: 'import', input: 'The file' },
  'docx.import': { job: 'import', input: 'The Word document' },
};

function stopped(kind: JobKind, why: string): AppError {
  const what = WHAT[kind];
  return {
    code: 'budget_exceeded',
    message:
      `This ${what.job} ${why} and was stopped; nothing was changed. ` +
      `${what.input} may hold something pathological (for example a table cell spanning millions of columns).`,
  };
}

/** The value a successful reply must carry for each kind of job. */
function checkValue(kind: JobKind, value: unknown): unknown {
  // A parsed visit file and an imported document are checked again where they are stored.
  return kind === 'interchange.parse' || kind === 'docx.import' ? value : WordExportValue.parse(value);
}

/**
 * Runs each job in a fresh worker (so a job that ran out of memory or time takes nothing with
 * it), with a time budget enforced here and a memory budget enforced by the adapter. The calling
 * thread only waits: it stays free to answer the window while the job works.
 */
export function createJobRunner(start: StartWorker, budget: JobBudget = DEFAULT_JOB_BUDGET): JobRunner {
  let nextId = 1;
  return {
    run<K extends JobKind>(job: JobOf<K>): Promise<JobValues[K]> {
      const jobId = nextId++;
      return new Promise<JobValues[K]>((resolve, reject) => {
        let settled = false;
        let worker: WorkerHandle | undefined;
        const settle = (outcome: { value: unknown } | { error: AppError }) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          worker?.kill();
          if ('value' in outcome) return resolve(outcome.value as JobValues[K]);
          const { code, message, issues } = outcome.error;
          // The worker's own bug: a plain Error, so the dispatcher logs it and answers "internal".
          if (code === 'internal') return reject(new Error(`${job.kind} job failed: ${message}`));
          reject(new AppFailure(code, message, issues));
        };
        const timer = setTimeout(
          () => settle({ error: stopped(job.kind, `took longer than ${Math.round(budget.timeoutMs / 1000)} s`) }),
          budget.timeoutMs,
        );
        try {
          worker = start(budget, {
            message(message) {
              const reply = JobReply.safeParse(message);
              if (!reply.success || reply.data.jobId !== jobId) {
                return settle({ error: { code: 'internal', message: 'the worker answered with a malformed message' } });
              }
              const { result } = reply.data;
              if (!result.ok) return settle({ error: result.error });
              try {
                settle({ value: checkValue(job.kind, result.value) });
              } catch {
                settle({ error: { code: 'internal', message: 'the worker answered with a malformed value' } });
              }
            },
            exit(exit) {
              if (exit.kind === 'out_of_memory') {
                return settle({ error: stopped(job.kind, `needed more than ${budget.memoryMb} MB of memory`) });
              }
              settle({
                error: stopped(
                  job.kind,
                  `ended before it finished (exit code ${exit.code ?? 'none'}${exit.detail ? `: ${exit.detail}` : ''})`,
                ),
              });
            },
          });
          worker.post({ jobId, job });
        } catch (e) {
          // Copying the message for the worker recurses: input nested past the stack is the
          // input's fault (a hostile visit file), not ours.
          if (e instanceof RangeError) {
            settle({
              error: {
                code: 'invalid_input',
                message: 'The input is nested too deeply to be read; nothing was changed.',
              },
            });
          } else settle({ error: { code: 'internal', message: `the worker could not start: ${String(e)}` } });
        }
      });
    },
  };
}
