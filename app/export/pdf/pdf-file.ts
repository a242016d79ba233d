/**
 * The little of a PDF's structure the exporter reads and writes: the pages in order, where the
 * document outline's top-level entries point, and the document information (title, author,
 * subject, language), written as an incremental update so the renderer's bytes stay as they were.
 * It reads what Chromium's PDF writer (Skia) produces: a classic cross-reference table and
 * uncompressed object dictionaries. Anything else is refused with a clear error rather than guessed.
 */

export class PdfStructureError extends Error {
  constructor(message: string) {
    super(`Unexpected PDF structure: ${message}`);
    this.name = 'PdfStructureError';
  }
}

interface Xref {
  offsets: Map<number, number>;
  /** Byte offset of the cross-reference section, for /Prev. */
  start: number;
  size: number;
  trailer: string;
}

const latin1 = (bytes: Buffer, from: number, to: number) => bytes.toString('latin1', from, to);

/** One cross-reference section and its trailer, at byte `start`. */
function readSection(pdf: Buffer, start: number, offsets: Map<number, number>): string {
  const text = latin1(pdf, start, pdf.length);
  if (!text.startsWith('xref')) throw new PdfStructureError('no classic cross-reference table');
  const lines = text.split(/\r?\n/);
  let i = 1;
  while (i < lines.length && /^\d+ \d+\s*$/.test(lines[i]!)) {
    const [first, count] = lines[i]!.trim().split(' ').map(Number) as [number, number];
    for (let k = 0; k < count; k++) {
      const entry = lines[i + 1 + k]!;
      // A later section (an incremental update) wins over the sections it points back to.
      if (entry.slice(17, 18) === 'n' && !offsets.has(first + k)) offsets.set(first + k, Number(entry.slice(0, 10)));
    }
    i += count + 1;
  }
  const trailerAt = text.indexOf('trailer');
  if (trailerAt < 0) throw new PdfStructureError('no trailer');
  return balancedDict(text, text.indexOf('<<', trailerAt));
}

function readXref(pdf: Buffer): Xref {
  const tail = latin1(pdf, Math.max(0, pdf.length - 1024), pdf.length);
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!m) throw new PdfStructureError('no startxref');
  const start = Number(m[1]);
  const offsets = new Map<number, number>();
  const trailer = readSection(pdf, start, offsets);
  const seen = new Set([start]);
  for (let prev = /\/Prev (\d+)/.exec(trailer); prev;) {
    const at = Number(prev[1]);
    if (seen.has(at) || seen.size > 64) throw new PdfStructureError('a loop of cross-reference sections');
    seen.add(at);
    prev = /\/Prev (\d+)/.exec(readSection(pdf, at, offsets));
  }
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  if (!Number.isInteger(size)) throw new PdfStructureError('no /Size in the trailer');
  return { offsets, start, size, trailer };
}

/** The `<< … >>` dictionary starting at `from`, nested dictionaries included. */
function balancedDict(text: string, from: number): string {
  if (from < 0 || !text.startsWith('<<', from)) throw new PdfStructureError('a dictionary was expected');
  let depth = 0;
  for (let i = from; i < text.length - 1; i++) {
    const two = text.slice(i, i + 2);
    if (two === '<<') {
      depth++;
      i++;
    } else if (two === '>>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(from, i + 1);
    } else if (text[i] === '<') {
      // A hex string: its closing bracket is not half of a dictionary's ">>".
      const end = text.indexOf('>', i);
      if (end < 0) break;
      i = end;
    } else if (text[i] === '(') {
      // A literal string may hold unbalanced brackets; skip it, escapes included.
      let nesting = 1;
      for (i++; i < text.length && nesting > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nesting++;
        else if (text[i] === ')') nesting--;
      }
      i--;
    }
  }
  throw new PdfStructureError('an unterminated dictionary');
}

class PdfReader {
  readonly xref: Xref;
  constructor(private readonly pdf: Buffer) {
    this.xref = readXref(pdf);
  }

  dict(object: number): string {
    const at = this.xref.offsets.get(object);
    if (at === undefined) throw new PdfStructureError(`object ${object} is not in the cross-reference table`);
    const head = latin1(this.pdf, at, Math.min(this.pdf.length, at + 64 * 1024));
    return balancedDict(head, head.indexOf('<<'));
  }

  ref(dict: string, key: string): number | undefined {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : undefined;
  }

  get root(): number {
    const root = this.ref(this.xref.trailer, 'Root');
    if (root === undefined) throw new PdfStructureError('no /Root');
    return root;
  }

  /** The page objects in reading order, walking the page tree. */
  pages(): number[] {
    const pagesRoot = this.ref(this.dict(this.root), 'Pages');
    if (pagesRoot === undefined) throw new PdfStructureError('no /Pages');
    const out: number[] = [];
    const walk = (node: number, depth: number) => {
      if (depth > 32) throw new PdfStructureError('the page tree is too deep');
      const d = this.dict(node);
      if (/\/Type\s*\/Page\b(?!s)/.test(d)) return void out.push(node);
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(d);
      if (!kids) throw new PdfStructureError(`page tree node ${node} has no /Kids`);
      for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]), depth + 1);
    };
    walk(pagesRoot, 0);
    return out;
  }

  /** For each top-level outline entry, in order, the number (1-based) of the page it points to. */
  outlinePages(): number[] {
    const outlines = this.ref(this.dict(this.root), 'Outlines');
    if (outlines === undefined) return [];
    const pageIndex = new Map(this.pages().map((obj, i) => [obj, i + 1]));
    const out: number[] = [];
    let item = this.ref(this.dict(outlines), 'First');
    const seen = new Set<number>();
    while (item !== undefined && !seen.has(item)) {
      seen.add(item);
      const d = this.dict(item);
      const dest = /\/Dest\s*\[\s*(\d+) 0 R/.exec(d);
      const page = dest ? pageIndex.get(Number(dest[1])) : undefined;
      if (page === undefined) throw new PdfStructureError(`outline entry ${item} has no page destination`);
      out.push(page);
      item = this.ref(d, 'Next');
    }
    return out;
  }
}

/** How many pages a PDF has. */
export function pageCount(pdf: Buffer): number {
  return new PdfReader(pdf).pages().length;
}

/** The page (1-based) each top-level outline entry (each h1 of the page printed) starts on. */
export function outlineStartPages(pdf: Buffer): number[] {
  return new PdfReader(pdf).outlinePages();
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex, so any script survives. */
function pdfText(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. en-GB: screen readers and spell checkers read it from the catalogue. */
  language: string;
  keywords?: string;
  created?: Date;
}

/**
 * The PDF with its document information replaced and /Lang set on the catalogue, appended as an
 * incremental update: readers take the newest objects, and the original bytes are untouched.
 */
export function withMetadata(pdf: Buffer, meta: PdfMetadata): Buffer {
  const reader = new PdfReader(pdf);
  const root = reader.root;
  const catalog = reader
    .dict(root)
    .replace(/\/Lang\s*(\([^)]*\)|<[^>]*>)/, '')
    .replace(/>>$/, `\n/Lang ${pdfText(meta.language)}>>`);
  const infoObject = reader.ref(reader.xref.trailer, 'Info') ?? reader.xref.size;
  const date = pdfDate(meta.created ?? new Date());
  const info =
    `<</Title ${pdfText(meta.title)}\n/Author ${pdfText(meta.author)}\n/Subject ${pdfText(meta.subject)}` +
    (meta.keywords ? `\n/Keywords ${pdfText(meta.keywords)}` : '') +
    `\n/Creator (Briefing)\n/Producer (Briefing with Chromium)\n/CreationDate ${date}\n/ModDate ${date}>>`;

  const size = Math.max(reader.xref.size, infoObject + 1);
  let body = '\n';
  const entries: [number, number][] = [];
  for (const [num, dict] of [
    [root, catalog],
    [infoObject, info],
  ] as const) {
    entries.push([num, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += `${num} 0 obj\n${dict}\nendobj\n`;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, offset] of entries.sort((a, b) => a[0] - b[0]))
    xref += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<</Size ${size}\n/Root ${root} 0 R\n/Info ${infoObject} 0 R\n/Prev ${reader.xref.start}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body + xref + trailer, 'latin1')]);
}
