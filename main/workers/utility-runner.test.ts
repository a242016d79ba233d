import { fork } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppFailure } from '../../app/api/result';
import type { NoteContent } from '../../app/domain/content';
import { noteExportJob } from '../../app/export/export-operations';
import { jobWorkerScript } from '../../app/jobs/process-runner';
import { doc, openTestStore, value, VISIT_INPUT } from '../../app/testing/fixtures';
import { createUtilityJobRunner, type UtilityProcessLike, type UtilityWorkerDeps } from './utility-runner';
import { hugeNote } from '../../app/testing/huge-note';

/**
 * A stand-in for Electron's utilityProcess.fork (no Electron binary here): a Node child process
 * running the same bundled worker, with the flags the adapter passes.
 */
const forkLikeElectron: UtilityWorkerDeps['fork'] = (modulePath, args, options) => {
  const child = fork(modulePath, args, {
    execArgv: options.execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const like: UtilityProcessLike = {
    get pid() {
      return child.pid;
    },
    stderr: child.stderr,
    postMessage: (m) => void child.send(m as object),
    kill: () => child.kill('SIGKILL'),
    on(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void) {
      // A Node child has no V8 'error' event of Electron's kind; its stderr says the same.
      if (event !== 'error') child.on(event, listener as (arg: unknown) => void);
      return like;
    },
  };
  return like;
};

function spanningNote(colSpan: number): NoteContent {
  const cell = { type: 'tablecell', version: 1, headerState: 0, colSpan, rowSpan: 1, children: doc('x').root.children };
  const row = { type: 'tablerow', version: 1, children: [cell] };
  return {
    root: { ...doc().root, children: [{ type: 'table', version: 1, children: [row] }] },
  } as unknown as NoteContent;
}

async function failure(p: Promise<unknown>): Promise<AppFailure> {
  const [r] = await Promise.allSettled([p]);
  if (r!.status === 'fulfilled') throw new Error('expected the job to fail');
  return r!.reason as AppFailure;
}

describe('the desktop job runner (utilityProcess adapter)', () => {
  let t: ReturnType<typeof openTestStore>;
  let noteId: string;
  const forks: string[][] = [];
  const fork: UtilityWorkerDeps['fork'] = (m, a, o) => {
    forks.push(o.execArgv);
    return forkLikeElectron(m, a, o);
  };

  beforeAll(async () => {
    t = openTestStore();
    const visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as { id: string };
    noteId = (
      value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Talks', content: doc('Hi') })) as {
        id: string;
      }
    ).id;
  });
  afterAll(() => t.close());

  it('exports a note in the worker, with the heap limit on its command line', async () => {
    const jobs = createUtilityJobRunner({ fork, script: jobWorkerScript() }, { timeoutMs: 30_000, memoryMb: 300 });
    const r = await jobs.run(noteExportJob(t.store, noteId));
    expect(r.fileName).toBe('Talks.docx');
    expect(forks.at(-1)).toEqual(['--max-old-space-size=300']);
  }, 30_000);

  it('a worker that reaches its heap limit fails its job with the memory message', async () => {
    const jobs = createUtilityJobRunner({ fork, script: jobWorkerScript() }, { timeoutMs: 60_000, memoryMb: 128 });
    const job = noteExportJob(t.store, noteId);
    job.note.content = hugeNote(400_000);
    const e = await failure(jobs.run(job));
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/^This export needed more than 128 MB of memory and was stopped/);
  }, 60_000);

  it('the watchdog stops a worker whose resident memory passes twice the budget', async () => {
    const jobs = createUtilityJobRunner(
      { fork, script: jobWorkerScript(), memoryOf: () => 10_000, watchEveryMs: 20 },
      { timeoutMs: 30_000, memoryMb: 1_024 },
    );
    const job = noteExportJob(t.store, noteId);
    job.note.content = spanningNote(1e6);
    const e = await failure(jobs.run(job));
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/needed more than 1024 MB of memory/);
  }, 30_000);
});
