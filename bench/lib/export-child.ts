// Run in its own process by bench/export.bench.ts, so its peak memory is the export's alone.
import { exportNote } from '../../app/export/document';
import { loadWordStyle } from '../../app/export/style';
import { demoFile } from '../../app/demo/seed';
import { largeNote } from './large-note';

async function main(): Promise<void> {
  const paragraphs = Number(process.argv[2] ?? 10_000);
  const { content } = largeNote(paragraphs);
  const file = demoFile();
  const visit = { ...file.visit, createdAt: '', updatedAt: '' } as never;
  const t = performance.now();
  const r = await exportNote(
    { title: 'Large note', classification: 'OFFICIAL', status: 'draft', programmeItemId: null, content },
    { visit, people: [], programme: [] },
    { style: loadWordStyle() },
  );
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, bytes: r.buffer.length, maxRssKb: process.resourceUsage().maxRSS }));
}
void main();
