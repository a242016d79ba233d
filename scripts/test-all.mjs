// npm test: every check the project has, in order, each one's outcome printed, and one total line
// "tests: N passed, N failed, N skipped" at the end. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = fs.mkdtempSync(path.join(root, 'test-results-'));
const outcome = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(name, command, args) {
  if (run(name, command, args)) outcome.passed++;
  else outcome.failed++;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function countPlaywright(report) {
  const skippedReasons = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.status; // expected | unexpected | flaky | skipped
        if (status === 'skipped') {
          outcome.skipped++;
          const why = t.annotations?.find((a) => a.type === 'skip')?.description;
          skippedReasons.push(`${spec.title}: ${why ?? 'skipped'}`);
        } else if (status === 'expected' || status === 'flaky') outcome.passed++;
        else outcome.failed++;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const s of report.suites ?? []) walk(s);
  return skippedReasons;
}

try {
  if (!run('build', process.execPath, [path.join(root, 'scripts/build.mjs')])) outcome.failed++;
  check('typecheck', bin('tsc'), ['-p', 'app']);
  check('typecheck main', bin('tsc'), ['-p', 'main']);
  check('typecheck renderer', bin('tsc'), ['-p', 'renderer']);
  check('typecheck e2e/bench/scripts', bin('tsc'), ['-p', 'e2e']);
  check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
  check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  if (fs.existsSync(path.join(root, 'scripts/electronegativity.mjs'))) {
    check('electronegativity', process.execPath, [path.join(root, 'scripts/electronegativity.mjs')]);
  }

  const vitestJson = path.join(results, 'vitest.json');
  run('unit and integration tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]);
  const v = readJson(vitestJson);
  if (v) {
    outcome.passed += v.numPassedTests ?? 0;
    outcome.failed +=
      (v.numFailedTests ?? 0) + (v.numFailedTestSuites && !v.numFailedTests ? v.numFailedTestSuites : 0);
    outcome.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  } else outcome.failed++;

  const pwJson = path.join(results, 'playwright.json');
  run('end-to-end suites (Playwright: browser, electron)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const p = readJson(pwJson);
  if (p) {
    const skipped = countPlaywright(p);
    for (const why of skipped) console.log(`⚠ SKIPPED (not a pass): ${why}`);
    if ((p.errors ?? []).length) outcome.failed += p.errors.length;
  } else outcome.failed++;
} finally {
  fs.rmSync(results, { recursive: true, force: true });
}

console.log('');
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped`);
process.exit(failedSteps.length || outcome.failed ? 1 : 0);
