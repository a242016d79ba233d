import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../app/api/contract';
import { tempDir } from '../app/testing/temp';
import { bindDesktop } from './desktop-bridge';
import {
  fuzzDesktop,
  fuzzOperations,
  REAL_TARGET,
  seedFuzzDatabase,
  VALID_INPUTS,
  type FuzzContext,
} from './testing/ipc-fuzz';

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

  it('guards the desktop channels the same way: only the app page, one parsed argument, the service reached only by that', async () => {
    const report = await fuzzDesktop(bindDesktop);
    expect(report.findings).toEqual([]);
    expect([...new Set(report.reached)].sort()).toEqual(['desktop.saveWordExport', 'desktop.setOpenVisit']);
  });
});
