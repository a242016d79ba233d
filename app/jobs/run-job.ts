import { AppFailure, fail, ok, type Result } from '../api/result';
import { fieldIssues, summarise } from '../api/validation';
import { makeNoteExport, makePackExport } from '../export/export-operations';
import { parseVisitFile, parseVisitText } from '../interchange/import';
import { readJsonFile } from '../interchange/read-file';
import { loadDocxImport } from '../import/load-docx-import';
import { JobRequest, parseJob, type Job, type JobReply } from './protocol';

async function perform(job: Job): Promise<unknown> {
  switch (job.kind) {
    case 'export.note':
      return makeNoteExport(job);
    case 'export.pack':
      return makePackExport(job);
    case 'interchange.parse': {
      const { source } = job;
      const json =
        'text' in source ? parseVisitText(source.text) : 'file' in source ? readJsonFile(source.file) : source.json;
      return parseVisitFile(json);
    }
    case 'docx.import': {
      // Loaded on first use: mammoth, happy-dom and Lexical are not needed by the other jobs.
      const { docxToContent } = await loadDocxImport();
      return docxToContent(Buffer.from(job.base64, 'base64'));
    }
  }
}

/** What went wrong, as an answer: no stack, and an engine limit named as what it is. */
function failure(e: unknown): Result<never> {
  if (e instanceof AppFailure) return fail(e.code, e.message, e.issues);
  // "Invalid string length", "Invalid array length", "Maximum call stack size exceeded": the
  // input asked for more than the engine can hold, which is the budget's business, not a bug.
  if (e instanceof RangeError) {
    return fail('budget_exceeded', `This job needed more than the engine can hold (${e.message}) and was stopped.`);
  }
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return fail('internal', text.split('\n')[0]!.slice(0, 300));
}

/**
 * The worker's side of a job: parse the message, do the work, answer. Never throws: whatever
 * happens becomes the reply's Result. The same function runs in the utilityProcess, in a
 * worker_threads worker, and in this thread for callers without a worker (the test harness).
 */
export async function runJob(message: unknown): Promise<JobReply> {
  const request = JobRequest.safeParse(message);
  const jobId = request.success ? request.data.jobId : 0;
  if (!request.success) {
    return { jobId, result: fail('internal', `Malformed job request: ${summarise(fieldIssues(request.error))}`) };
  }
  const job = parseJob(request.data.job);
  if (!job.success) {
    return { jobId, result: fail('internal', `Malformed job: ${summarise(fieldIssues(job.error))}`) };
  }
  try {
    return { jobId, result: ok(await perform(job.data)) };
  } catch (e) {
    return { jobId, result: failure(e) };
  }
}
