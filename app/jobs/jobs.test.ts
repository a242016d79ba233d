import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteExportJob, packExportJob } from '../export/export-operations';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import type { AppFailure } from '../api/result';
import type { InterchangeJson } from '../interchange/format';
import { createInProcessJobRunner } from './in-process';
import type { JobBudget } from './protocol';
import { runJob } from './run-job';
import { createChildProcessJobRunner } from './process-runner';
import { hugeNote } from '../testing/huge-note';
import { zipSync } from 'fflate';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Runs `work` while pinging the event loop of this thread: the test's stand-in for the window.
 * "Responsive" is that a ping was answered while the job was still running, not a timing.
 */
async function whilePinging<T>(
  work: Promise<T>,
): Promise<{ outcome: PromiseSettledResult<T>; pingsDuringJob: number }> {
  let pings = 0;
  let running = true;
  const ping = () => {
    if (!running) return;
    pings++;
    setTimeout(ping, 10);
  };
  setTimeout(ping, 10);
  const [outcome] = await Promise.allSettled([work]);
  running = false;
  return { outcome, pingsDuringJob: pings };
}

function failureOf(outcome: PromiseSettledResult<unknown>): AppFailure {
  if (outcome.status === 'fulfilled') throw new Error('the job was expected to fail, and it succeeded');
  return outcome.reason as AppFailure;
}

describe('jobs off the calling thread', () => {
  let t: ReturnType<typeof openTestStore>;
  let visitId: string;
  let noteId: string;

  beforeAll(async () => {
    t = openTestStore();
    visitId = (value(await t.dispatch('visits.create', VISIT_INPUT)) as { id: string }).id;
    noteId = (
      value(await t.dispatch('notes.create', { visitId, title: 'Bilateral: trade', content: doc('Hello') })) as {
        id: string;
      }
    ).id;
  });
  afterAll(() => t.close());

  it('exports a note in a worker process with the same answer as in this thread', async () => {
    const job = noteExportJob(t.store, noteId);
    const inWorker = await createChildProcessJobRunner().run(job);
    const here = await createInProcessJobRunner().run(job);
    expect(inWorker.fileName).toBe('Bilateral - trade.docx');
    expect(inWorker.fileName).toBe(here.fileName);
    expect(inWorker.warnings).toEqual(here.warnings);
    expect(Buffer.from(inWorker.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('stops a pack far larger than any note at the memory budget, while this thread keeps answering', async () => {
    const job = packExportJob(t.store, visitId);
    job.notes[0]!.content = hugeNote(400_000);
    const budget: JobBudget = { timeoutMs: 60_000, memoryMb: 128 };
    const { outcome, pingsDuringJob } = await whilePinging(createChildProcessJobRunner(budget).run(job));
    const e = failureOf(outcome);
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/^This export needed more than 128 MB of memory and was stopped; nothing was changed\./);
    expect(pingsDuringJob).toBeGreaterThan(0);
  }, 60_000);

  it('stops a job at its time budget, while this thread keeps answering', async () => {
    const job = packExportJob(t.store, visitId);
    job.notes[0]!.content = hugeNote(400_000);
    const budget: JobBudget = { timeoutMs: 1_000, memoryMb: 4_096 };
    const { outcome, pingsDuringJob } = await whilePinging(createChildProcessJobRunner(budget).run(job));
    const e = failureOf(outcome);
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/^This export took longer than 1 s and was stopped; nothing was changed\./);
    expect(pingsDuringJob).toBeGreaterThan(0);
  }, 60_000);

  it('parses and validates a visit file in the worker, naming the JSON path of a problem', async () => {
    const exported = value(await t.dispatch('interchange.export', { visitId })) as InterchangeJson;
    const jobs = createChildProcessJobRunner();
    const parsed = await jobs.run({ kind: 'interchange.parse', source: { text: '\uFEFF' + JSON.stringify(exported) } });
    expect(parsed.visit.id).toBe(visitId);
    expect(parsed.notes.map((n) => n.id)).toEqual([noteId]);
    const broken = { ...exported, visit: { ...exported.visit, startDate: 'soon' } };
    const failed = failureOf(
      (await Promise.allSettled([jobs.run({ kind: 'interchange.parse', source: { json: broken } })]))[0]!,
    );
    expect(failed.code).toBe('invalid_input');
    expect(failed.issues?.[0]?.path).toBe('visit.startDate');
    const notJson = failureOf(
      (await Promise.allSettled([jobs.run({ kind: 'interchange.parse', source: { text: '{' } })]))[0]!,
    );
    expect(notJson.message).toMatch(/not valid JSON/);
  }, 60_000);

  it('stops parsing a file of a hundred million nested brackets at the memory budget', async () => {
    const depth = 20_000_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const budget: JobBudget = { timeoutMs: 60_000, memoryMb: 128 };
    const { outcome, pingsDuringJob } = await whilePinging(
      createChildProcessJobRunner(budget).run({ kind: 'interchange.parse', source: { text } }),
    );
    const e = failureOf(outcome);
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/^This import .* and was stopped; nothing was changed\./);
    expect(pingsDuringJob).toBeGreaterThan(0);
  }, 60_000);

  it('imports a .docx in the worker, and stops a zip bomb under the declared-size limit at the memory budget', async () => {
    const word = (body: string | Uint8Array) =>
      zipSync({
        'word/document.xml': [
          Buffer.concat([
            Buffer.from(`<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t xml:space="preserve">`),
            Buffer.from(body),
            Buffer.from('</w:t></w:r></w:p></w:body></w:document>'),
          ]),
          { level: 1 },
        ],
      });
    const ok = await createChildProcessJobRunner().run({
      kind: 'docx.import',
      base64: Buffer.from(word('Agree the date')).toString('base64'),
    });
    expect(ok.content.root.children).toHaveLength(1);
    // 64 MB of spaces packs to 64 KB: under the 256 MB the zip may declare, far over a 128 MB heap.
    const bomb = word(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const budget: JobBudget = { timeoutMs: 60_000, memoryMb: 128 };
    const { outcome, pingsDuringJob } = await whilePinging(
      createChildProcessJobRunner(budget).run({ kind: 'docx.import', base64: Buffer.from(bomb).toString('base64') }),
    );
    const e = failureOf(outcome);
    expect(e.code).toBe('budget_exceeded');
    expect(e.message).toMatch(/^This import .* and was stopped; nothing was changed\. The Word document may hold/);
    expect(pingsDuringJob).toBeGreaterThan(0);
  }, 120_000);

  it('answers a malformed job message with an error, not a throw', async () => {
    const reply = await runJob({ jobId: 3, job: { kind: 'export.note', note: 'x' } });
    expect(reply).toMatchObject({ jobId: 3, result: { ok: false, error: { code: 'internal' } } });
    expect((await runJob('nonsense')).result.ok).toBe(false);
  });
});
