import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp';
import { outlineStartPages, pageCount, PdfStructureError, withMetadata } from './pdf-file';

/** A small PDF as Skia writes them: classic xref, plain dictionaries; here with a nested page tree and an outline. */
function handMadePdf(): Buffer {
  const objects: string[] = [];
  objects[1] = '<</Title (Old)\n/Producer (Skia/PDF m156)>>';
  objects[2] = '<</Type /Catalog\n/Pages 3 0 R\n/Outlines 10 0 R>>';
  objects[3] = '<</Type /Pages\n/Count 4\n/Kids [4 0 R 5 0 R]>>';
  objects[4] = '<</Type /Pages\n/Parent 3 0 R\n/Count 2\n/Kids [6 0 R 7 0 R]>>';
  objects[5] = '<</Type /Pages\n/Parent 3 0 R\n/Count 2\n/Kids [8 0 R 9 0 R]>>';
  for (const [n, parent] of [
    [6, 4],
    [7, 4],
    [8, 5],
    [9, 5],
  ] as const)
    objects[n] = `<</Type /Page\n/Parent ${parent} 0 R\n/MediaBox [0 0 595 842]>>`;
  objects[10] = '<</Type /Outlines\n/First 11 0 R\n/Last 12 0 R\n/Count 2>>';
  objects[11] = '<</Title (A \\(tricky\\) one >>)\n/Dest [7 0 R /XYZ 0 800 0]\n/Parent 10 0 R\n/Next 12 0 R>>';
  objects[12] = '<</Title (Second)\n/Dest [9 0 R /XYZ 0 800 0]\n/Parent 10 0 R\n/Prev 11 0 R>>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

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
