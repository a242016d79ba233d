import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../app/api/contract';
import { doc, openTestStore, VISIT_INPUT } from '../app/testing/fixtures';
import { tempDir } from '../app/testing/temp';
import { bindDesktop } from './desktop-bridge';
import {
  fuzzDesktop,
  fuzzOperations,
  REAL_TARGET,
  seedFuzzDatabase,
  unsafeStoredContent,
  VALID_INPUTS,
  type FuzzContext,
} from './testing/ipc-fuzz';

/** Whether a javascript: link sent in a save comes back stored as it was sent. */
async function allowListInPlace(): Promise<boolean> {
  const t = openTestStore();
  try {
    const visit = (await t.dispatch('visits.create', VISIT_INPUT)) as { ok: boolean; value: { id: string } };
    const content = doc('x') as unknown as Record<string, unknown>;
    const root = content.root as { children: { children: unknown[] }[] };
    root.children[0]!.children = [
      {
        type: 'link',
        version: 1,
        url: 'javascript:alert(1)',
        children: [{ type: 'text', version: 1, text: 'x', format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ];
    const r = await t.dispatch('notes.create', { visitId: visit.value.id, title: 'probe', content });
    return !r.ok || unsafeStoredContent((r.value as { content: unknown }).content) === undefined;
  } finally {
    t.close();
  }
}

const ALLOW_LIST_IN_PLACE = await allowListInPlace();

describe('hostile IPC (one field hostile at a time, from a valid input)', () => {
  const tmp = tempDir();
  let context: FuzzContext;

  beforeAll(async () => {
    context = await seedFuzzDatabase(tmp.file('seeded.sqlite'));
  });
  afterAll(() => tmp.cleanup());

  it('has a valid input for exactly the operations of the contract', () => {
    expect(Object.keys(VALID_INPUTS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('refuses every hostile variant cleanly, reaches every handler with the valid input, and changes nothing on an error', async () => {
    const report = await fuzzOperations(REAL_TARGET, { file: tmp.file('seeded.sqlite'), context, workDir: tmp.dir });
    expect(report.findings).toEqual([]);
    // Every operation's valid input was answered ok through the binding: the fuzz reaches handler logic.
    expect([...new Set(report.reached)].sort()).toEqual([...OPERATION_NAMES].sort());
    expect(report.calls).toBeGreaterThan(1_000);
  }, 120_000);

  // What is stored must be safe whatever came in (issue 15's content allow-list: links http, https
  // or mailto only, spans 1–63). Until that allow-list is in, javascript: links are stored as
  // given, and this check is skipped, saying so.
  it.skipIf(!ALLOW_LIST_IN_PLACE)(
    `stores no dangerous link or span from any accepted variant${ALLOW_LIST_IN_PLACE ? '' : ' — SKIPPED: the content allow-list (issue 15) is not in place, javascript: links are stored'}`,
    async () => {
      const ops = ['notes.create', 'notes.save', 'templates.save'] as const;
      const seeded = { file: tmp.file('seeded.sqlite'), context, workDir: tmp.dir };
      const report = await fuzzOperations(REAL_TARGET, seeded, ops, { storedContentRules: true });
      expect(report.findings).toEqual([]);
    },
    60_000,
  );

  it('guards the desktop channels the same way: only the app page, one parsed argument, the service reached only by that', async () => {
    const report = await fuzzDesktop(bindDesktop);
    expect(report.findings).toEqual([]);
    expect([...new Set(report.reached)].sort()).toEqual([
      'desktop.print',
      'desktop.savePdfExport',
      'desktop.saveWordExport',
      'desktop.setOpenVisit',
    ]);
  });
});
