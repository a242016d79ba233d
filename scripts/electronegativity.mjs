// Electronegativity (design §7) over main/ and renderer/, failing on any HIGH or MEDIUM finding
// that main/electronegativity-allowlist.json does not explain. The tool itself exits 0 whatever
// it finds, so its CSV is read here. Offline: the check that downloads Electron's release list
// is excluded, and the Electron version is given.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const allowlist = JSON.parse(fs.readFileSync(path.join(root, 'main', 'electronegativity-allowlist.json'), 'utf8'));
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// One tree holding the shell and the page, as the packaged app has them (tests left out).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-eneg-'));
const copy = (from, to) =>
  fs.cpSync(path.join(root, from), path.join(work, to), {
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
fs.rmSync(work, { recursive: true, force: true });
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const explained = (f) => allowlist.find((a) => a.issue === f.issue && (a.file === '*' || a.file === f.file));
const unexplained = serious.filter((f) => !explained(f));
for (const f of serious) {
  const entry = explained(f);
  console.log(
    `${entry ? 'reviewed ' : 'UNREVIEWED'} ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location}${entry ? ` — ${entry.reason}` : ` — ${f.description}`}`,
  );
}
const unused = allowlist.filter(
  (a) => !serious.some((f) => a.issue === f.issue && (a.file === '*' || a.file === f.file)),
);
for (const a of unused) console.log(`note: allow-list entry no longer needed: ${a.issue} ${a.file}`);
console.log(
  `electronegativity: ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${unexplained.length} unreviewed`,
);
process.exit(unexplained.length ? 1 : 0);
