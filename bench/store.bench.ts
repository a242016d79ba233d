import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { createDispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { plainText } from '../app/domain/content/plain-text';
import type { NoteContent } from '../app/domain/content';
import { newId } from '../app/domain/ids';
import { FORMAT, FORMAT_VERSION } from '../app/interchange/format';
import { Store } from '../app/store/store';
import { doc, VISIT_DATA, VISIT_INPUT } from '../app/testing/fixtures';
import { tempDir } from '../app/testing/temp';
import type { BenchRow } from './types';

const SECTION = 'store';
/** Saves timed (and as many bare inserts): enough for a p95 that a few slow disk flushes cannot move. */
const SAVES = 1000;
const WORDS =
  'visit minister bilateral trade partnership cooperation agreement summit delegation programme meeting ministry embassy economic transport logistics cultural humanitarian strategic regional council investment energy agriculture education'.split(
    ' ',
  );

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

/** ~1 KB of plausible briefing prose; every 10,000th note also carries a rare word. */
function noteText(i: number): string {
  const words: string[] = [];
  let x = i * 2654435761;
  while (words.join(' ').length < 1000) {
    x = (x * 1103515245 + 12345) >>> 0;
    words.push(WORDS[x % WORDS.length]!);
  }
  if (i % 10_000 === 7) words.push('Zhambyl');
  return words.join(' ');
}

export async function run(): Promise<BenchRow[]> {
  const tmp = tempDir('briefing-bench-');
  const rows: BenchRow[] = [];
  try {
    const store = Store.open(tmp.file('bench.sqlite'));
    const dispatch = createDispatch(createHandlers(store));
    const visit = store.transaction(() => store.visits.create('bench-visit', VISIT_DATA));

    // 100,000 notes of ~1 KB, written through the repository in batches.
    const N = Number(process.env.BENCH_NOTES ?? 100_000);
    const t0 = performance.now();
    for (let start = 0; start < N; start += 5_000) {
      store.transaction(() => {
        for (let i = start; i < Math.min(N, start + 5_000); i++) {
          store.notes.create(`n${i}`, {
            visitId: visit.id,
            programmeItemId: null,
            title: `Note ${i}`,
            template: null,
            classification: 'OFFICIAL',
            content: doc(noteText(i)),
          });
        }
      });
    }
    rows.push({
      section: SECTION,
      name: `writing ${N} notes of ~1 KB`,
      value: (performance.now() - t0) / 1000,
      unit: 's',
    });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.statSync(store.file).size;
    rows.push({ section: SECTION, name: 'database size per 1,000 notes', value: bytes / (N / 1000) / 1e6, unit: 'MB' });

    const rare = timeEach(200, () => store.search.search('zhambyl', 50));
    const common = timeEach(200, (i) => store.search.search(WORDS[i % WORDS.length]!, 50));
    rows.push({ section: SECTION, name: 'search, rare word, p50', value: percentile(rare, 50), unit: 'ms' });
    rows.push({
      section: SECTION,
      name: 'search, rare word, p95',
      value: percentile(rare, 95),
      unit: 'ms',
      target: '< 20 ms',
      met: percentile(rare, 95) < 20,
    });
    rows.push({
      section: SECTION,
      name: 'search, common word, p50 (top 50)',
      value: percentile(common, 50),
      unit: 'ms',
    });
    rows.push({
      section: SECTION,
      name: 'search, common word, p95 (top 50)',
      value: percentile(common, 95),
      unit: 'ms',
      target: '< 50 ms',
      met: percentile(common, 95) < 50,
    });

    // Across scripts (migration 8): the Cyrillic spelling finds the Latin one through the shadow index.
    const cyrillic = timeEach(200, () => store.search.search('Жамбыл', 50));
    rows.push({
      section: SECTION,
      name: 'search across scripts ("Жамбыл" finds "Zhambyl"), p95',
      value: percentile(cyrillic, 95),
      unit: 'ms',
      target: '< 20 ms',
      met: percentile(cyrillic, 95) < 20,
    });

    // API save vs a bare insert of the same row (the note table's columns, no index, trigger or
    // check), both synchronous=FULL, interleaved so both see the same disk.
    const bare = new BetterSqlite3(tmp.file('bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec(
      `CREATE TABLE notes (id TEXT PRIMARY KEY, visit_id TEXT NOT NULL, programme_item_id TEXT, title TEXT NOT NULL,
         template TEXT, status TEXT NOT NULL, classification TEXT NOT NULL, content TEXT NOT NULL,
         plain_text TEXT NOT NULL, revision INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT`,
    );
    const insert = bare.prepare('INSERT INTO notes VALUES (?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?)');
    const noteId = 'n1';
    const saved = store.notes.get(noteId);
    let revision = saved.revision;
    /** Each API save is followed by a bare insert of the row it wrote; returns both, sorted. */
    const timeSaves = async (n: number, contentFor: (i: number) => NoteContent) => {
      const api: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < n; i++) {
        const content = contentFor(i);
        let t = performance.now();
        const r = await dispatch('notes.save', { id: noteId, baseRevision: revision, content });
        api.push(performance.now() - t);
        if (!r.ok) throw new Error(r.error.message);
        revision = (r.value as { revision: number }).revision;
        // The row's values are made before the clock starts: the baseline is the insert alone.
        const [rowId, json, text, at] = [
          newId('row'),
          JSON.stringify(content),
          plainText(content),
          new Date().toISOString(),
        ];
        t = performance.now();
        insert.run(rowId, visit.id, saved.title, saved.status, saved.classification, json, text, revision, at, at);
        raw.push(performance.now() - t);
      }
      return { api: api.sort((a, b) => a - b), raw: raw.sort((a, b) => a - b) };
    };
    const { api, raw } = await timeSaves(SAVES, (i) => doc(noteText(i + 1_000_000)));
    const ratio = percentile(api, 95) / percentile(raw, 95);
    rows.push({
      section: SECTION,
      name: 'bare better-sqlite3 insert, p95 (synchronous=FULL)',
      value: percentile(raw, 95),
      unit: 'ms',
    });
    rows.push({
      section: SECTION,
      name: 'note save through the API, p95 (synchronous=FULL)',
      value: percentile(api, 95),
      unit: 'ms',
      ratio,
      ratioLabel: 'of bare insert',
      target: '≤ 1.5×',
      met: ratio <= 1.5,
    });
    // An autosave after a formatting change: same words, so the search index is left alone.
    const words = noteText(7);
    const formatting = await timeSaves(SAVES / 2, (i) => {
      const content = doc(words);
      (content.root.children[0] as { children: { format: number }[] }).children[0]!.format = i % 2;
      return content;
    });
    rows.push({
      section: SECTION,
      name: 'note save, formatting change only, p95',
      value: percentile(formatting.api, 95),
      unit: 'ms',
      ratio: percentile(formatting.api, 95) / percentile(formatting.raw, 95),
      ratioLabel: 'of bare insert',
    });
    // Saves leave re-indexing to the next search (migration 4): its cost, paid here, once per search.
    const afterSave: number[] = [];
    for (let i = 0; i < 200; i++) {
      const r = await dispatch('notes.save', { id: noteId, baseRevision: revision, content: doc(noteText(i + 2e6)) });
      if (!r.ok) throw new Error(r.error.message);
      revision = (r.value as { revision: number }).revision;
      const t = performance.now();
      store.search.search('zhambyl', 50);
      afterSave.push(performance.now() - t);
    }
    afterSave.sort((a, b) => a - b);
    rows.push({
      section: SECTION,
      name: 'search, rare word, right after a save, p95',
      value: percentile(afterSave, 95),
      unit: 'ms',
      target: '< 20 ms',
      met: percentile(afterSave, 95) < 20,
    });
    bare.close();
    store.close();

    // Importing a visit with 1,000 notes into a fresh database.
    const target = Store.open(tmp.file('import.sqlite'));
    const file = {
      format: FORMAT,
      version: FORMAT_VERSION,
      visit: { id: 'imported', ...VISIT_INPUT },
      notes: Array.from({ length: 1000 }, (_, i) => ({
        id: `imp-${i}`,
        title: `Brief ${i}`,
        classification: 'OFFICIAL',
        content: doc(noteText(i)),
      })),
    };
    const t1 = performance.now();
    const imported = await createDispatch(createHandlers(target))('interchange.import', { file });
    const importMs = performance.now() - t1;
    if (!imported.ok) throw new Error(imported.error.message);
    rows.push({
      section: SECTION,
      name: 'import a visit with 1,000 notes',
      value: importMs / 1000,
      unit: 's',
      target: '< 2 s',
      met: importMs < 2000,
    });
    target.close();
  } finally {
    tmp.cleanup();
  }
  return rows;
}
