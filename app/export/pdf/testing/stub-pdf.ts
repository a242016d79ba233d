import type { PdfRenderer } from '../pdf-renderer';

/**
 * A small PDF as Skia writes them (classic xref, plain dictionaries): `pages` pages in a nested
 * page tree, and one top-level outline entry per element of `outline` (the page it points to).
 */
export function handMadePdf(pages = 4, outline: readonly number[] = [2, 4]): Buffer {
  const objects: string[] = [];
  const pageObject = (i: number) => 10 + i;
  const outlineObject = (i: number) => 10 + pages + 1 + i;
  const half = Math.ceil(pages / 2);
  objects[1] = '<</Title (Old)\n/Producer (Skia/PDF m156)>>';
  objects[2] = `<</Type /Catalog\n/Pages 3 0 R${outline.length ? `\n/Outlines ${10 + pages} 0 R` : ''}>>`;
  objects[3] = `<</Type /Pages\n/Count ${pages}\n/Kids [4 0 R 5 0 R]>>`;
  const kids = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => `${pageObject(from + i)} 0 R`).join(' ');
  objects[4] = `<</Type /Pages\n/Parent 3 0 R\n/Count ${half}\n/Kids [${kids(0, half)}]>>`;
  objects[5] = `<</Type /Pages\n/Parent 3 0 R\n/Count ${pages - half}\n/Kids [${kids(half, pages)}]>>`;
  for (let i = 0; i < pages; i++)
    objects[pageObject(i)] = `<</Type /Page\n/Parent ${i < half ? 4 : 5} 0 R\n/MediaBox [0 0 595 842]>>`;
  if (outline.length) {
    objects[10 + pages] =
      `<</Type /Outlines\n/First ${outlineObject(0)} 0 R\n/Last ${outlineObject(outline.length - 1)} 0 R\n/Count ${outline.length}>>`;
    outline.forEach((page, i) => {
      const links =
        (i > 0 ? `\n/Prev ${outlineObject(i - 1)} 0 R` : '') +
        (i < outline.length - 1 ? `\n/Next ${outlineObject(i + 1)} 0 R` : '');
      objects[outlineObject(i)] =
        `<</Title (Entry \\(${i + 1}\\) >>)\n/Dest [${pageObject(page - 1)} 0 R /XYZ 0 800 0]\n/Parent ${10 + pages} 0 R${links}>>`;
    });
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    if (objects[n] === undefined) continue;
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++)
    out += offsets[n] === undefined ? '0000000000 65535 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A renderer for tests that need no real layout (the IPC fuzz): one page per h1 of the page, each
 * h1 an outline entry, as Chromium would give for briefs that each start a page.
 */
export function stubPdfRenderer(): PdfRenderer {
  return {
    render: async (html) => {
      const headings = (html.match(/<h1[\s>]/g) ?? []).length;
      return handMadePdf(
        Math.max(1, headings),
        Array.from({ length: headings }, (_, i) => i + 1),
      );
    },
    close: async () => {},
  };
}
