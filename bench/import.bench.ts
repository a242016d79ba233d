import fs from 'node:fs';
import path from 'node:path';
import { longList, nestedTables } from '../app/import/hostile-inputs';
import { createChildProcessJobRunner } from '../app/jobs/process-runner';
import { DEFAULT_JOB_BUDGET } from '../app/jobs/protocol';
import type { BenchRow } from './types';

/**
 * Word import (the import sweep's inputs, issue "Word in"): a .docx through the job worker, as the
 * desktop app and the CLI run it, from the bytes to the note's content. The target is the job's
 * time budget: past it the import is stopped, so a real document must stay well inside it.
 */
const SECTION = 'import';
const BUDGET_S = DEFAULT_JOB_BUDGET.timeoutMs / 1000;

export async function run(): Promise<BenchRow[]> {
  const jobs = createChildProcessJobRunner();
  const inputs: [string, Buffer][] = [
    [
      'LibreOffice document (headings, lists, table, picture)',
      fs.readFileSync(path.join(__dirname, '../app/import/fixtures/libreoffice-background.docx')),
    ],
    ['2,000 numbered items', longList(2_000)],
    ['10,000 numbered items', longList(10_000)],
    ['tables nested 1,000 deep', nestedTables(1_000)],
  ];
  const rows: BenchRow[] = [];
  for (const [name, bytes] of inputs) {
    const started = performance.now();
    await jobs.run({ kind: 'docx.import', base64: bytes.toString('base64') });
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      section: SECTION,
      name: `.docx import in the worker: ${name}`,
      value: Number(seconds.toFixed(2)),
      unit: 's',
      target: `< ${BUDGET_S} s (job budget)`,
      met: seconds < BUDGET_S,
    });
  }
  return rows;
}
