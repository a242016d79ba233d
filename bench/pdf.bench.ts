import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { demoFile } from '../app/demo/seed';
import { exportPackDocx } from '../app/export/export-operations';
import { chromiumPath, chromiumRenderer } from '../app/export/pdf/chromium-renderer';
import { exportPdf } from '../app/export/pdf/export-pdf';
import { importVisit } from '../app/interchange/import';
import { Store } from '../app/store/store';
import { tempDir } from '../app/testing/temp';
import { percentile } from './lib/percentile';
import { ProcessTreeMemory } from './lib/process-memory';
import type { BenchRow } from './types';

const SECTION = 'pdf';
const ROUNDS = 3;

/** The demo visit, and a visit of 20 notes, in one store. */
function packs(store: Store): { name: string; visitId: string }[] {
  const demo = demoFile();
  importVisit(store, demo);
  const twenty = demoFile();
  twenty.visit = { ...twenty.visit, id: 'bench-visit-20' };
  const one = twenty.notes![0]!;
  twenty.notes = Array.from({ length: 20 }, (_, i) => ({ ...one, id: `bench-note-${i}`, title: `Brief ${i + 1}` }));
  twenty.people = twenty.people!.map((p) => ({ ...p, id: `bench-${p.id}` }));
  const ids = new Map(demo.people!.map((p) => [p.id, `bench-${p.id}`]));
  twenty.visit.principalId = ids.get(twenty.visit.principalId as string) ?? null;
  twenty.visit.counterpartId = ids.get(twenty.visit.counterpartId as string) ?? null;
  twenty.programme = twenty.programme!.map((item) => ({
    ...item,
    id: `bench-${item.id}`,
    participants: (item.participants ?? []).map((p) => ids.get(p)!),
  }));
  twenty.notes = twenty.notes.map((n) => ({
    ...n,
    programmeItemId: n.programmeItemId ? `bench-${n.programmeItemId}` : null,
  }));
  twenty.templates = undefined;
  importVisit(store, twenty);
  return [
    { name: 'demo pack', visitId: demo.visit.id },
    { name: '20-note pack', visitId: twenty.visit.id },
  ];
}

/** A whole command, timed, its process tree (Chromium's or LibreOffice's processes) sampled for memory. */
async function command(program: string, args: string[]): Promise<{ ms: number; peakMb: number }> {
  const t = performance.now();
  const child = spawn(program, args, { stdio: 'ignore' });
  const memory = new ProcessTreeMemory(child.pid!);
  memory.start();
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const ms = performance.now() - t;
  const peakMb = memory.stop();
  if (code !== 0) throw new Error(`${program} ${args[0]} exited with ${code}`);
  return { ms, peakMb };
}

const CLI = path.join(__dirname, '..', 'bin', 'briefing.cjs');
/** `briefing export-pdf`, as a user runs it: Node, the database, Chromium started for the one export. */
const briefingCli = (db: string, visitId: string, out: string) =>
  command(process.execPath, [CLI, '--db', db, 'export-pdf', '--visit', visitId, '--out', out]);

/** LibreOffice converting the same pack's .docx to PDF, as a command. */
const libreOffice = (docx: string, outDir: string, profile: string) =>
  command('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    docx,
  ]);

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const tmp = tempDir('briefing-bench-pdf-');
  const store = Store.open(tmp.file('bench.sqlite'));
  const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
  const profile = tmp.file('lo-profile');
  try {
    const visits = packs(store);
    rows.push({ section: SECTION, name: `Chromium: ${chromiumPath()}`, value: 0, unit: '' });
    const warm = chromiumRenderer();
    await exportPdf(store, warm, { visitId: visits[0]!.visitId }); // starts the browser once
    const db = tmp.file('bench.sqlite');
    if (hasSoffice) {
      // LibreOffice's first start writes its profile: not counted, as Chromium's start-up is not either.
      const first = tmp.file('first.docx');
      fs.writeFileSync(first, Buffer.from((await exportPackDocx(store, visits[0]!.visitId)).base64, 'base64'));
      await libreOffice(first, tmp.dir, profile);
    }
    for (const { name, visitId } of visits) {
      const docx = tmp.file(`${visitId}.docx`);
      fs.writeFileSync(docx, Buffer.from((await exportPackDocx(store, visitId)).base64, 'base64'));
      const cold: { ms: number; peakMb: number }[] = [];
      const hot: { ms: number; peakMb: number }[] = [];
      const lo: { ms: number; peakMb: number }[] = [];
      let pages = 0;
      // Interleaved rounds: a moment of load on the machine falls on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        cold.push(await briefingCli(db, visitId, tmp.file(`${visitId}-cli.pdf`)));
        const t = performance.now();
        pages = (await exportPdf(store, warm, { visitId })).pages;
        hot.push({ ms: performance.now() - t, peakMb: 0 });
        if (hasSoffice) lo.push(await libreOffice(docx, tmp.dir, profile));
      }
      const coldMs = percentile(
        cold.map((c) => c.ms),
        50,
      );
      const hotMs = percentile(
        hot.map((c) => c.ms),
        50,
      );
      rows.push({
        section: SECTION,
        name: `${name} (${pages} pages), briefing export-pdf (Node + Chromium started for it)`,
        value: coldMs,
        unit: 'ms',
      });
      rows.push({
        section: SECTION,
        name: `${name}, Briefing PDF, Chromium already running (desktop app)`,
        value: hotMs,
        unit: 'ms',
      });
      rows.push({
        section: SECTION,
        name: `${name}, briefing export-pdf peak memory (its process tree)`,
        value: Math.max(...cold.map((c) => c.peakMb)),
        unit: 'MB',
      });
      if (hasSoffice) {
        const loMs = percentile(
          lo.map((c) => c.ms),
          50,
        );
        const ratio = loMs / coldMs;
        rows.push({
          section: SECTION,
          name: `${name}, LibreOffice docx -> PDF (same pack, soffice --convert-to)`,
          value: loMs,
          unit: 'ms',
          ratio,
          ratioLabel: 'briefing export-pdf faster',
          target: '≥ 2×',
          met: ratio >= 2,
        });
        const appRatio = loMs / hotMs;
        rows.push({
          section: SECTION,
          name: `${name}, the same LibreOffice conversion against the desktop app's export`,
          value: loMs,
          unit: 'ms',
          ratio: appRatio,
          ratioLabel: 'Briefing (Chromium running) faster',
          target: '≥ 2×',
          met: appRatio >= 2,
        });
        rows.push({
          section: SECTION,
          name: `${name}, LibreOffice peak memory`,
          value: Math.max(...lo.map((c) => c.peakMb)),
          unit: 'MB',
        });
      } else {
        rows.push({
          section: SECTION,
          name: 'LibreOffice not installed: no comparison (apt-get install libreoffice-writer-nogui)',
          value: 0,
          unit: '',
        });
      }
    }
    await warm.close();
  } finally {
    store.close();
    tmp.cleanup();
  }
  return rows;
}
