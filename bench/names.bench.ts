import type { NoteContent, SerializedNode } from '../app/domain/content';
import { demoPeople } from '../app/demo/kazakhstan-turkey';
import { findContentNameIssues, fixAllNamesInContent, NameIndex, type NamedPerson } from '../app/names';
import type { BenchRow } from './types';

const SECTION = 'names';
const PARAGRAPHS = 1_500;
const TARGET_MS = 50;

/** Sentences of a real scene-setter; some spell a name another way, as drafts do. */
const SENTENCES = [
  'Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.',
  'Turkey was one of the first to recognise the independence of Kazakhstan in December 1991.',
  'Bilateral trade stayed above $3 billion despite the pandemic; the aim is $10 billion.',
  'President Erdogan will receive the Deputy Prime Minister at the Presidential Complex in Ankara.',
  'Mukhtar Tleuberdi and Mevlüt Çavuşoğlu will chair the 6th meeting of the Joint Strategic Planning Group.',
  'M. Chavoshuglu is expected to raise transport and logistics along the Trans-Caspian route.',
  'The First President, Nursultan Nazarbayev, invites the President to the informal Summit in Turkestan.',
  'A personal message from President Kassym-Jomart Tokayev will be handed over during the call.',
  'Vice-President Fuat Oktay and Prime Minister Askar Mamin will co-chair the intergovernmental commission.',
  'Minister Cavusoglu recalled the 30th anniversary of diplomatic relations next year.',
  'Okay to mention the growing role of Nur-Sultan and Ankara in regional and global politics.',
  'The Oktober dates in the press are not confirmed; the Embassy will advise the Ministry.',
  'Tleuberdy noted that construction, energy, mining and agriculture lead Turkish investment.',
  'Cultural and humanitarian cooperation includes the Kazakh-Turkish University in Turkestan.',
];

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format });

/** ~50 pages: 1,500 paragraphs of two or three sentences each, headings every 50. */
function fiftyPageNote(): NoteContent {
  const children: SerializedNode[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i % 50 === 0) children.push({ type: 'heading', tag: 'h2', ...el, children: [text(`Section ${i / 50 + 1}`)] });
    const sentences = [0, 1, 2].slice(0, 2 + (i % 2)).map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]!);
    children.push({ type: 'paragraph', ...el, children: [text(`${i + 1}. `, 1), text(sentences.join(' '))] });
  }
  return { root: { type: 'root', ...el, children } };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function run(): Promise<BenchRow[]> {
  const people: NamedPerson[] = demoPeople.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases ?? [] }));
  const note = fiftyPageNote();
  const words = note.root.children
    .flatMap((block) => ('children' in block ? block.children : []))
    .reduce((n, node) => n + (node.type === 'text' ? node.text.split(/\s+/).filter(Boolean).length : 0), 0);
  let found = 0;
  // Cold: a new index each time (first check after opening a note, or after the people changed).
  const cold = time(15, () => {
    found = findContentNameIssues(note, new NameIndex(people)).reduce((n, node) => n + node.issues.length, 0);
  });
  const index = new NameIndex(people);
  findContentNameIssues(note, index);
  // Warm: the same people list again, as the editor re-checks while the user types.
  const warm = time(15, () => findContentNameIssues(note, index));
  const fix = time(15, () => fixAllNamesInContent(note, index));
  const row = (name: string, value: number): BenchRow => ({
    section: SECTION,
    name,
    value,
    unit: 'ms',
    target: `< ${TARGET_MS} ms`,
    met: value < TARGET_MS,
  });
  return [
    {
      ...row(`find issues, ${PARAGRAPHS} paragraphs (~${words} words), fresh index`, cold),
      ratio: found,
      ratioLabel: 'issues found',
    },
    row('find issues again, same index', warm),
    row('fix all names in the note', fix),
  ];
}
