// Electronegativity (design §7) over main/ and renderer/, failing on any HIGH or MEDIUM finding
// that main/electronegativity-allowlist.json does not explain — each entry pinned to a source line
// (a snippet of it) and a count (scripts/electronegativity-allowlist.mjs) — and on any entry that
// no longer explains as many findings as it says. The tool itself exits 0 whatever it finds, so
// its CSV is read here. Offline: the check that downloads Electron's release list is excluded,
// and the Electron version is given.
// Usage: node scripts/electronegativity.mjs [--source DIR]   (DIR holds main/ and renderer/; tests
// point it at a copy with a finding injected)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewFindings } from './electronegativity-allowlist.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sourceFlag = process.argv.indexOf('--source');
const source = sourceFlag > 0 ? path.resolve(process.argv[sourceFlag + 1]) : root;
const allowlist = JSON.parse(fs.readFileSync(path.join(source, 'main', 'electronegativity-allowlist.json'), 'utf8'));
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// One tree holding the shell and the page, as the packaged app has them (tests left out).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-eneg-'));
const copy = (from, to) =>
  fs.cpSync(path.join(source, from), path.join(work, to), {
    recursive: true,
    filter: (src) => !/\.test\.tsx?$/.test(src) && !src.endsWith('tsconfig.json'),
  });
copy('main', 'main');
copy('renderer', 'renderer');
const csv = path.join(work, 'findings.csv');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(
  process.execPath,
  [cli, '-i', work, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', csv, '-r', '-v', 'false'],
  { encoding: 'utf8' },
);
if (!fs.existsSync(csv)) {
  console.error(`electronegativity did not run:\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}

/** The tool's CSV: quoted fields may hold commas. */
function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      } else cell += c;
    }
    cells.push(cell.trim());
    rows.push({
      issue: cells[0],
      severity: cells[1],
      confidence: cells[2],
      file: cells[3],
      location: cells[4],
      description: cells[6],
    });
  }
  return rows;
}

const findings = parseCsv(fs.readFileSync(csv, 'utf8'));
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const lines = new Map();
const lineAt = (file, line) => {
  if (!lines.has(file)) {
    let text = '';
    try {
      text = fs.readFileSync(path.join(work, file), 'utf8');
    } catch {
      /* a file the tool named but that is not there: no line matches */
    }
    lines.set(file, text.split('\n'));
  }
  return lines.get(file)[line - 1] ?? '';
};
const review = reviewFindings(serious, allowlist, lineAt);
fs.rmSync(work, { recursive: true, force: true });
for (const { finding: f, entry, source: line } of review.rows) {
  console.log(
    `${entry ? 'reviewed ' : 'UNREVIEWED'} ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location}` +
      (entry ? ` — ${entry.reason}` : ` — ${f.description}\n           at: ${line}`),
  );
}
for (const { entry, matched } of review.overCount) {
  console.log(
    `OVER COUNT ${entry.issue} ${entry.file} "${entry.snippet}": ${matched} findings, the allow-list explains ${entry.count}`,
  );
}
for (const { entry, matched } of review.stale) {
  console.log(
    `STALE      ${entry.issue} ${entry.file} "${entry.snippet}": explains ${matched} of ${entry.count}; review and update the entry`,
  );
}
for (const entry of review.invalid)
  console.log(`INVALID    ${entry.issue} ${entry.file}: needs a snippet and a count ≥ 1`);
const unexplained = review.rows.filter((r) => !r.entry);
console.log(
  `electronegativity: ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${unexplained.length} unreviewed, ${review.stale.length} stale allow-list entries`,
);
process.exit(unexplained.length || review.stale.length || review.invalid.length ? 1 : 0);
