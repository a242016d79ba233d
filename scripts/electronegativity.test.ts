import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewFindings, type AllowlistEntry, type Finding } from './electronegativity-allowlist.mjs';

const root = path.resolve(__dirname, '..');
const allowlist = JSON.parse(
  fs.readFileSync(path.join(root, 'main/electronegativity-allowlist.json'), 'utf8'),
) as AllowlistEntry[];

/** Every .ts file of main/ but its tests, as Electronegativity sees it. */
function shellSources(): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, 'main'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: `main/${f}`, text: fs.readFileSync(path.join(root, 'main', f), 'utf8') }));
}

describe('the Electronegativity allow-list', () => {
  it('pins every entry to a source line that exists, as many times as its count', () => {
    for (const entry of allowlist) {
      expect(entry.snippet, `${entry.issue} needs a snippet`).toBeTruthy();
      expect(entry.count, `${entry.issue} needs a count`).toBeGreaterThanOrEqual(1);
      const text = fs.readFileSync(path.join(root, entry.file), 'utf8');
      const lines = text.split('\n').filter((l) => l.includes(entry.snippet));
      expect(lines.length, `${entry.issue}: "${entry.snippet}" in ${entry.file}`).toBe(entry.count);
    }
  });

  it('the shell creates the app window and the hidden print window, nothing else: `new BrowserWindow(` twice in main/', () => {
    const hits = shellSources().flatMap(({ file, text }) =>
      text.split('\n').flatMap((l, i) => (l.includes('new BrowserWindow(') ? [`${file}:${i + 1}`] : [])),
    );
    expect(hits).toEqual([
      expect.stringMatching(/^main\/main\.ts:\d+$/),
      expect.stringMatching(/^main\/print-window\.ts:\d+$/),
    ]);
    // The print window takes its settings from printWebPreferences (asserted in shell-policies.test.ts).
    const print = shellSources().find((s) => s.file === 'main/print-window.ts')!.text;
    expect(print).toMatch(/new BrowserWindow\(\{\s*show: false,\s*webPreferences: printWebPreferences\(/);
  });

  const source = ['', 'const win = new BrowserWindow({', '', 'const evil = new BrowserWindow({', 'x'];
  const lineAt = (_file: string, line: number) => source[line - 1] ?? '';
  const at = (issue: string, line: number): Finding => ({ issue, file: 'main/main.ts', location: `${line}:14` });
  const entry: AllowlistEntry = {
    issue: 'SANDBOX_JS_CHECK',
    file: 'main/main.ts',
    snippet: 'const win = new BrowserWindow({',
    count: 1,
    reason: 'the one window',
  };

  it('explains the finding it is pinned to, and no other in the same file', () => {
    const r = reviewFindings([at('SANDBOX_JS_CHECK', 2), at('SANDBOX_JS_CHECK', 4)], [entry], lineAt);
    expect(r.rows.map((row) => [row.finding.location, row.entry?.reason])).toEqual([
      ['2:14', 'the one window'],
      ['4:14', undefined],
    ]);
    expect(r.stale).toEqual([]);
  });

  it('explains nothing once more findings match its line than its count', () => {
    const twice = ['const win = new BrowserWindow({', 'const win = new BrowserWindow({'];
    const r = reviewFindings(
      [at('SANDBOX_JS_CHECK', 1), at('SANDBOX_JS_CHECK', 2)],
      [entry],
      (_f, line) => twice[line - 1] ?? '',
    );
    expect(r.rows.every((row) => row.entry === undefined)).toBe(true);
    expect(r.overCount).toEqual([{ entry, matched: 2 }]);
  });

  it('is stale when it explains fewer findings than it says, and invalid without a snippet or count', () => {
    expect(reviewFindings([], [entry], lineAt).stale).toEqual([{ entry, matched: 0 }]);
    const loose = { issue: 'SANDBOX_JS_CHECK', file: 'main/main.ts', reason: 'any' } as AllowlistEntry;
    const r = reviewFindings([at('SANDBOX_JS_CHECK', 2)], [loose], lineAt);
    expect(r.invalid).toEqual([loose]);
    expect(r.rows[0]!.entry).toBeUndefined();
  });

  it('fails the real check when main.ts gains a second, insecure window (the tool run on a copy)', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-eneg-test-'));
    try {
      fs.cpSync(path.join(root, 'main'), path.join(copy, 'main'), { recursive: true });
      fs.cpSync(path.join(root, 'renderer'), path.join(copy, 'renderer'), { recursive: true });
      const main = path.join(copy, 'main/main.ts');
      fs.appendFileSync(
        main,
        '\nexport function debugWindow(): BrowserWindow {\n' +
          '  return new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n' +
          '}\n',
      );
      const run = spawnSync(process.execPath, [path.join(root, 'scripts/electronegativity.mjs'), '--source', copy], {
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/UNREVIEWED HIGH\s+CONTEXT_ISOLATION_JS_CHECK main\/main\.ts/);
      expect(run.stdout).toMatch(/UNREVIEWED \w+\s+SANDBOX_JS_CHECK main\/main\.ts/);
      // The one real window is still explained.
      expect(run.stdout).toMatch(/reviewed\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK main\/main\.ts/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
