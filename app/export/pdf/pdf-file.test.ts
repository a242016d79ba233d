import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp';
import { outlineStartPages, pageCount, PdfStructureError, withMetadata } from './pdf-file';
import { handMadePdf, stubPdfRenderer } from './testing/stub-pdf';

describe('reading a PDF', () => {
  it('counts the pages of a nested page tree, in reading order', () => {
    expect(pageCount(handMadePdf())).toBe(4);
  });

  it("tells the page each top-level outline entry points to, past brackets in a title's string", () => {
    expect(outlineStartPages(handMadePdf())).toEqual([2, 4]);
  });

  it('refuses what it does not understand instead of guessing', () => {
    expect(() => pageCount(Buffer.from('not a pdf'))).toThrow(PdfStructureError);
    const noXref = Buffer.from(
      handMadePdf()
        .toString('latin1')
        .replace(/startxref\n\d+/, 'startxref\n3'),
      'latin1',
    );
    expect(() => pageCount(noXref)).toThrow(/no classic cross-reference table/);
  });
});

describe('the stub renderer of the tests', () => {
  it('gives one page and one outline entry per h1, as the briefs of a pack', async () => {
    const pdf = await stubPdfRenderer().render('<h1>Contents</h1><h1 id="x">Programme</h1><h1>Brief 1</h1>');
    expect(pageCount(pdf)).toBe(3);
    expect(outlineStartPages(pdf)).toEqual([1, 2, 3]);
  });
});

describe('withMetadata', () => {
  const meta = {
    title: 'Brief — Çavuşoğlu (Ankara)',
    author: 'Jane Smith',
    subject: 'Визит в Анкару',
    language: 'en-GB',
    created: new Date('2021-03-01T10:00:00Z'),
  };

  it('appends an update that readers take, leaving the original bytes as they were', () => {
    const original = handMadePdf();
    const updated = withMetadata(original, meta);
    expect(updated.subarray(0, original.length).equals(original)).toBe(true);
    // Still readable by our own reader through the /Prev chain.
    expect(pageCount(updated)).toBe(4);
    expect(outlineStartPages(updated)).toEqual([2, 4]);
    // And a second update on top of the first.
    expect(pageCount(withMetadata(updated, { ...meta, title: 'Again' }))).toBe(4);
  });

  const hasPdfinfo = spawnSync('pdfinfo', ['-v']).status === 0;
  it.skipIf(!hasPdfinfo)('writes title, author, subject in any script and the language, as pdfinfo reads them', () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('meta.pdf');
      fs.writeFileSync(file, withMetadata(handMadePdf(), meta));
      const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/^Title:\s+Brief — Çavuşoğlu \(Ankara\)$/m);
      expect(info).toMatch(/^Author:\s+Jane Smith$/m);
      expect(info).toMatch(/^Subject:\s+Визит в Анкару$/m);
      expect(info).toMatch(/^Creator:\s+Briefing$/m);
      expect(info).toMatch(/^Pages:\s+4$/m);
      const catalog = fs.readFileSync(file, 'latin1');
      expect(catalog).toMatch(/\/Lang <FEFF0065006E002D00470042>/);
    } finally {
      tmp.cleanup();
    }
  });
});
