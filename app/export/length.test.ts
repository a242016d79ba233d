import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFile } from '../demo/seed';
import type { NoteContent, SerializedNode } from '../domain/content';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';
import { exportNote } from './document';
import { estimateLength, lineCount } from '../domain/length';
import { noteLengthOptions } from '../templates/note-length';
import { loadWordStyle } from './style';

const file = demoFile();
const visit = { ...file.visit, createdAt: '', updatedAt: '' } as unknown as Visit;
const people = file.people as unknown as Person[];
const programme = file.programme as unknown as ProgrammeItem[];
const style = loadWordStyle();

/** The demo notes, and longer notes made of them (two to five pages), as an author would grow one. */
function cases() {
  const notes = file.notes!.map((n) => ({
    ...n,
    status: n.status ?? 'draft',
    programmeItemId: n.programmeItemId ?? null,
    content: n.content as unknown as NoteContent,
  }));
  const grown = (times: number, withTable: boolean) => {
    const base = notes[0]!;
    const children: SerializedNode[] = [];
    for (let i = 0; i < times; i++) {
      children.push(...base.content.root.children, ...notes[1]!.content.root.children);
      if (withTable && i % 2 === 0) children.push(...tableOf(6));
    }
    return {
      ...base,
      title: `${base.title} (${times}×${withTable ? ', with tables' : ''})`,
      content: { root: { ...base.content.root, children } },
    };
  };
  return [...notes, grown(3, false), grown(5, true), grown(9, true), grown(9, false), grown(2, true)];
}

function tableOf(rows: number): SerializedNode[] {
  const el = { version: 1, direction: null, format: '', indent: 0 } as const;
  const cell = (t: string): SerializedNode => ({
    type: 'tablecell',
    headerState: 0,
    ...el,
    children: [{ type: 'paragraph', ...el, children: [{ type: 'text', version: 1, text: t, format: 0 }] }],
  });
  const row = (i: number): SerializedNode => ({
    type: 'tablerow',
    ...el,
    children: [cell(`${10 + i}:00`), cell('Talks with the delegation of the Republic of Kazakhstan'), cell('Ankara')],
  });
  return [{ type: 'table', ...el, children: Array.from({ length: rows }, (_, i) => row(i)) }];
}

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const haveSoffice = soffice.status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!haveSoffice)
  console.warn('SKIPPED: the length estimate is not checked against LibreOffice (no soffice/pdftotext on PATH)');

/** Pages LibreOffice renders, fractional: the last page counts down to its last line of text. */
function renderedPages(pdf: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), pdf, '-'], {
    encoding: 'utf8',
  });
  const top = 72; // 1-inch margin
  const bottom = 842 - 72;
  let last = top;
  for (const m of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)) {
    const yMin = Number(m[1]);
    const yMax = Number(m[2]);
    if (yMin >= top && yMax <= bottom) last = Math.max(last, yMax);
  }
  return pages - 1 + (last - top) / (bottom - top);
}

describe('the length of a note in Word', () => {
  it('counts words and breaks lines as Arial does', () => {
    const p = (text: string): SerializedNode => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text, format: 0 }],
    });
    const note: NoteContent = { root: { type: 'root', version: 1, children: [p('Two words'), p('and three more')] } };
    expect(estimateLength(note, style).words).toBe(5);
    // 451 pt of text at 11 pt holds about 85 characters of prose.
    const sentence = 'Turkey is an important, strategic and reliable partner of Kazakhstan. ';
    expect(lineCount([{ text: sentence.repeat(6), bold: false }], 11, 451)).toBe(5);
  });

  it.skipIf(!haveSoffice)(
    'is within half a page of LibreOffice’s rendering of the exported demo notes',
    { timeout: 240_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-length-'));
      const notes = cases();
      const estimates: number[] = [];
      for (const [i, note] of notes.entries()) {
        const { buffer } = await exportNote(note, { visit, people, programme }, { style });
        fs.writeFileSync(path.join(dir, `note-${i}.docx`), buffer);
        const item = programme.find((p) => p.id === note.programmeItemId) ?? null;
        estimates.push(
          estimateLength(note.content, style, noteLengthOptions(note.title, { visit, people, programmeItem: item }))
            .pages,
        );
      }
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir].concat(
          notes.map((_, i) => path.join(dir, `note-${i}.docx`)),
        ),
        { stdio: 'ignore', timeout: 200_000 },
      );
      const rendered = notes.map((_, i) => renderedPages(path.join(dir, `note-${i}.pdf`)));
      const report = notes.map(
        (n, i) => `${n.title}: estimate ${estimates[i]!.toFixed(2)}, LibreOffice ${rendered[i]!.toFixed(2)}`,
      );
      console.log(report.join('\n'));
      for (const [i, estimate] of estimates.entries())
        expect(Math.abs(estimate - rendered[i]!), report[i]).toBeLessThanOrEqual(0.5);
      expect(Math.max(...rendered)).toBeGreaterThan(2.5); // the long cases really are long
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});
