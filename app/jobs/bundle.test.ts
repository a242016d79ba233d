import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';

const root = path.resolve(__dirname, '..', '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

describe('the built bundles carry the job worker', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('scripts/build.mjs writes job-worker.cjs beside the CLI and beside main, and the built CLI exports through it', () => {
    run(['scripts/build.mjs', 'cli', 'main']);
    for (const folder of ['cli', 'main']) {
      expect(fs.existsSync(path.join(root, 'dist', folder, 'job-worker.cjs')), `dist/${folder}/job-worker.cjs`).toBe(
        true,
      );
    }
    const db = tmp.file('b.sqlite');
    run(['bin/briefing.cjs', '--db', db, 'seed-demo']);
    const out = tmp.file('pack.docx');
    run(['bin/briefing.cjs', '--db', db, 'export', '--visit', 'demo-visit-kz-tr-2021', '--out', out]);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);
});
