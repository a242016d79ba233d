import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { demoFile } from '../app/demo/seed';
import { importVisit } from '../app/interchange/import';
import { exportPackDocx } from '../app/export/export-operations';
import { Store } from '../app/store/store';
import { tempDir } from '../app/testing/temp';
import { largeNote } from './lib/large-note';
import type { BenchRow } from './types';

const SECTION = 'export';
const PARAGRAPHS = 10_000;

function baselineRss(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))']);
  return Number(r.stdout.toString()) / 1024;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const tmp = tempDir('briefing-bench-export-');
  try {
    // Briefing: in a child process, so peak memory is the export's own.
    const tsx = path.join(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawnSync(
      process.execPath,
      [tsx, path.join(__dirname, 'lib', 'export-child.ts'), String(PARAGRAPHS)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) throw new Error(`export child failed: ${child.stderr}`);
    const briefing = JSON.parse(child.stdout) as { ms: number; bytes: number; maxRssKb: number };

    // pandoc converting the same content from Markdown, timed as a whole command.
    const md = tmp.file('note.md');
    fs.writeFileSync(md, largeNote(PARAGRAPHS).markdown);
    const t = performance.now();
    const pandoc = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', tmp.file('pandoc.docx'), md]);
    const pandocMs = performance.now() - t;
    const ratio = pandocMs / briefing.ms;
    rows.push({ section: SECTION, name: `${PARAGRAPHS}-paragraph note, Briefing`, value: briefing.ms, unit: 'ms' });
    if (pandoc.status === 0) {
      rows.push({
        section: SECTION,
        name: `${PARAGRAPHS}-paragraph note, pandoc (Markdown -> docx)`,
        value: pandocMs,
        unit: 'ms',
        ratio,
        ratioLabel: 'Briefing faster',
        target: '≥ 4×',
        met: ratio >= 4,
      });
    } else {
      rows.push({
        section: SECTION,
        name: 'pandoc not installed: no comparison (apt-get install pandoc)',
        value: 0,
        unit: '',
      });
    }
    const peakMb = briefing.maxRssKb / 1024;
    rows.push({
      section: SECTION,
      name: 'Briefing peak memory (RSS of the exporting process)',
      value: peakMb,
      unit: 'MB',
      ratio: peakMb / baselineRss(),
      ratioLabel: 'of an empty node process',
      target: '< 300 MB',
      met: peakMb < 300,
    });

    // Briefing packs of 20 and 100 notes from the store: the demo book's notes, repeated.
    for (const [count, target] of [
      [20, 1000],
      [100, undefined],
    ] as const) {
      const store = Store.open(tmp.file(`pack-${count}.sqlite`));
      const file = demoFile();
      const book = file.notes!;
      file.notes = Array.from({ length: count }, (_, i) => ({
        ...book[i % book.length]!,
        id: `pack-note-${i}`,
        title: `${book[i % book.length]!.title} (${i + 1})`,
      }));
      importVisit(store, file);
      await exportPackDocx(store, file.visit.id); // warm-up: module and style loading are not the pack's
      const t2 = performance.now();
      await exportPackDocx(store, file.visit.id);
      const packMs = performance.now() - t2;
      rows.push({
        section: SECTION,
        name: `${count}-note briefing pack (${count + 1} Word sections)`,
        value: packMs,
        unit: 'ms',
        ...(target ? { target: '< 1 s', met: packMs < target } : {}),
      });
      store.close();
    }
  } finally {
    tmp.cleanup();
  }
  return rows;
}
