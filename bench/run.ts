import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSection } from './types';

/**
 * Runs every bench/*.bench.ts (or those named on the command line) in one process, one after the
 * other, and prints one table. Figures are measured side by side in the same run so ratios mean
 * something on a noisy machine; nothing here is a pass/fail test.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    process.stderr.write(`bench: ${file} ...\n`);
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchSection & { default?: BenchSection };
    const section = typeof mod.run === 'function' ? mod : mod.default!;
    rows.push(...(await section.run()));
  }
  print(rows);
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

function print(rows: BenchRow[]): void {
  const table = rows.map((r) => [
    r.section,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.ratio === undefined ? '' : `${fmt(r.ratio)}× ${r.ratioLabel ?? ''}`.trim(),
    r.target ? `${r.target} ${r.met === undefined ? '' : r.met ? 'met' : 'MISSED'}`.trim() : '',
  ]);
  const head = ['section', 'figure', 'value', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  const missed = rows.filter((r) => r.met === false).length;
  console.log(`\n${rows.length} figures, ${rows.filter((r) => r.met).length} targets met, ${missed} missed`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
