import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { demoFile } from '../demo/seed';
import type { NoteContent, SerializedNode } from '../domain/content';
import type { Visit } from '../domain/visit';
import { contentXml } from './content-to-wordml';
import { contentSlot, packageDocx } from './docx-package';
import { FrameTarget } from './frame-target';
import { ListInstances, numberingConfig } from './numbering';
import { loadWordStyle, type WordStyle } from './style';
import { contentBlocks } from './testing/docx-reference';

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (s: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: s, format });
const p = (...c: SerializedNode[]): SerializedNode => ({ type: 'paragraph', ...el, children: c });
const item = (...c: SerializedNode[]): SerializedNode => ({ type: 'listitem', ...el, children: c });
const check = (checked: boolean | undefined, ...c: SerializedNode[]): SerializedNode => ({
  type: 'listitem',
  ...(checked === undefined ? {} : { checked }),
  ...el,
  children: c,
});
const list = (listType: 'bullet' | 'number' | 'check', ...c: SerializedNode[]): SerializedNode => ({
  type: 'list',
  listType,
  ...el,
  children: c,
});
const cell = (children: SerializedNode[], headerState = 0, colSpan?: number): SerializedNode => ({
  type: 'tablecell',
  headerState,
  ...(colSpan ? { colSpan } : {}),
  ...el,
  children,
});
const row = (...c: SerializedNode[]): SerializedNode => ({ type: 'tablerow', ...el, children: c });
const table = (...rows: SerializedNode[]): SerializedNode => ({ type: 'table', ...el, children: rows });
const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6', ...c: SerializedNode[]): SerializedNode => ({
  type: 'heading',
  tag,
  ...el,
  children: c,
});
const link = (url: string, ...c: SerializedNode[]): SerializedNode => ({ type: 'link', url, ...el, children: c });

let controls = '';
for (let c = 0; c < 32; c++) controls += String.fromCharCode(c);

/** Every node type, every text format combination, and the awkward cases of each. */
const EVERYTHING: NoteContent = {
  root: {
    type: 'root',
    ...el,
    children: [
      heading('h1', text('Objectives')),
      heading('h2', text('Points to make', 1)),
      heading('h3', text('h3')),
      heading('h4', text('h4')),
      heading('h6'),
      p(...Array.from({ length: 256 }, (_, format) => text(`f${format} `, format))),
      p(),
      p(text('  spaces  '), text(''), text(`a&b<c>"d"'e' ${controls}\uFFFF\uFFFE\uD800 lone \u202Eevil\u202C ]]>`)),
      p(text('line'), { type: 'linebreak', version: 1 }, text('two'), { type: 'tab', version: 1 }, text('tabbed')),
      list(
        'number',
        item(text('first')),
        item(text('second'), list('number', item(text('second, a')), item(list('bullet', item(text('deep')))))),
        item(list('number', item(text('only nested')))),
      ),
      list('number', item(text('restarts at one', 2))),
      list('bullet', item(text('a bullet')), item(text('b'), list('check', check(false, text('nested check'))))),
      list('check', check(true, text('done')), check(undefined, text('open', 1))),
      { type: 'quote', ...el, children: [text('A quotation'), text(' bold', 1)] },
      table(
        row(cell([p(text('Topic'))], 1), cell([p(text('Line'))], 3)),
        row(cell([p(text('Trade', 1)), p(text('second paragraph'))]), cell([])),
        row(cell([p(text('spans two'))], 0, 2)),
        row(cell([list('bullet', item(text('in a cell')))]), cell([heading('h2', text('heading in a cell'))])),
        row(cell([p(text('short row'))])),
      ),
      table(row(cell([p(text('header state 2 only'))], 2), cell([p(text('x'))]))),
      table(
        row(cell([p(text('outer'))], 1), cell([p(text('outer 2'))], 1), cell([p(text('outer 3'))], 1)),
        row(cell([table(row(cell([p(text('nested'))]), cell([p(text('nested 2'))])))], 0, 2), cell([])),
      ),
      p(
        link('https://www.mfa.kz/en?a=1&b=2#section-2', text('MFA site'), text(' bold', 1)),
        text(' and '),
        link('javascript:alert(1)', text('a bad link')),
        { type: 'autolink', url: 'mailto:desk@example.org', ...el, children: [text('desk@example.org')] },
        link('ftp://example.org', text('ftp', 2), { type: 'linebreak', version: 1 }),
        link('https://example.org/#', text('empty fragment')),
      ),
      p({ type: 'field', version: 1, field: 'visit.title' }, text(' / '), {
        type: 'field',
        version: 1,
        field: 'meeting.time',
      }),
      text('bare text at the root', 1),
      { type: 'linebreak', version: 1 },
      link('https://root.example', text('a link at the root')),
      { type: 'field', version: 1, field: 'visit.city' },
      table(row(cell([p(text('last'))]))),
    ],
  },
};

const visit = { ...demoFile().visit, createdAt: '', updatedAt: '' } as unknown as Visit;

function context(style: WordStyle, headingShift: number) {
  return {
    fields: { visit, people: [], programmeItem: null },
    style,
    lists: new ListInstances(),
    warnings: [] as string[],
    headingShift,
    keepPlaceholders: true,
  };
}

/** Hyperlink relationship ids renumbered in order of appearance: docx draws random ones. */
function sameIds(xml: string): string {
  const ids = new Map<string, string>();
  return xml.replace(/rId(Link\d+|[A-Za-z0-9_-]{15,})/g, (id) => {
    if (!ids.has(id)) ids.set(id, `rIdLink-${ids.size}`);
    return ids.get(id)!;
  });
}

async function parts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
  const read = (name: string) => zip.file(name)!.async('string').then(sameIds);
  return {
    document: await read('word/document.xml'),
    numbering: await read('word/numbering.xml'),
    relationships: await read('word/_rels/document.xml.rels'),
  };
}

async function bothWays(content: NoteContent, style: WordStyle, headingShift = 0) {
  const config = { config: numberingConfig() };
  const byDocx = context(style, headingShift);
  const reference = new Document({
    numbering: config,
    sections: [{ children: contentBlocks(content, byDocx) }],
  });
  const direct = context(style, headingShift);
  const doc = new Document({ numbering: config, sections: [{ children: [contentSlot(0)] }] });
  const target = new FrameTarget(doc);
  const xml = contentXml(content, { ...direct, word: target });
  return {
    reference: await parts(await Packer.toBuffer(reference)),
    written: await parts(packageDocx(doc, target, [xml])),
    warnings: [byDocx.warnings, direct.warnings],
  };
}

describe('content written as WordprocessingML', () => {
  it("is byte for byte what docx's own components write: body, list numbering and link relationships", async () => {
    const { reference, written, warnings } = await bothWays(EVERYTHING, loadWordStyle());
    expect(written.document).toBe(reference.document);
    expect(written.numbering).toBe(reference.numbering);
    expect(written.relationships).toBe(reference.relationships);
    expect(warnings[1]).toEqual(warnings[0]);
    // what the comparison covers
    expect(written.document).toContain('w:anchor="section-2"');
    expect(written.document).toMatch(/<w:gridCol w:w="3009"\/>.*<w:gridCol w:w="3009"\/>/);
  });

  it('is the same in a pack (headings one level down) and with another style (escaped font and colours)', async () => {
    const style = { ...loadWordStyle(), monoFont: 'Consolas & "Mono"', tableHeaderFill: 'abcdef' };
    const { reference, written } = await bothWays(EVERYTHING, style, 1);
    expect(written.document).toBe(reference.document);
    expect(written.document).toContain('w:ascii="Consolas &amp; &quot;Mono&quot;"');
    expect(written.numbering).toBe(reference.numbering);
  });

  it('is the same for content without lists, links or tables', async () => {
    const plain: NoteContent = { root: { type: 'root', ...el, children: [p(text('Only a paragraph.'))] } };
    const { reference, written } = await bothWays(plain, loadWordStyle());
    expect(written.document).toBe(reference.document);
    expect(written.numbering).toBe(reference.numbering);
  });
});

describe('merged table cells', () => {
  const merged = (cells: SerializedNode[][]): NoteContent => ({
    root: { type: 'root', ...el, children: [table(...cells.map((c) => row(...c)))] },
  });
  const spanning = (label: string, colSpan: number, rowSpan: number): SerializedNode => ({
    type: 'tablecell',
    headerState: 0,
    colSpan,
    rowSpan,
    ...el,
    children: [p(text(label))],
  });
  const xmlOf = (content: NoteContent) => {
    const word = { numId: () => 1, hyperlink: () => '1' };
    return contentXml(content, { ...context(loadWordStyle(), 0), word });
  };
  const rowsOf = (xml: string) => xml.split('<w:tr>').slice(1);

  it('exports a cell merged across columns as gridSpan and one merged down rows as vMerge', () => {
    // | A (2 wide, 2 high) | B |
    // |                    | C |
    // | D | E | F |
    const xml = xmlOf(
      merged([
        [spanning('A', 2, 2), cell([p(text('B'))])],
        [cell([p(text('C'))])],
        [cell([p(text('D'))]), cell([p(text('E'))]), cell([p(text('F'))])],
      ]),
    );
    expect(xml.match(/<w:gridCol /g)).toHaveLength(3);
    const [first, second, third] = rowsOf(xml);
    expect(first).toMatch(/<w:gridSpan w:val="2"\/><w:vMerge w:val="restart"\/>.*A.*B/);
    // The covered row starts with a continuation of the same width, then C.
    expect(second).toMatch(/^<w:tc><w:tcPr><w:gridSpan w:val="2"\/><w:vMerge\/>.*<w:p\/><\/w:tc><w:tc>.*C/);
    expect(third).not.toContain('vMerge');
  });

  it('continues a cell merged down in the last column at the end of the row', () => {
    const xml = xmlOf(
      merged([[cell([p(text('A'))]), spanning('B', 1, 3)], [cell([p(text('C'))])], [cell([p(text('D'))])]]),
    );
    const rows = rowsOf(xml);
    expect(rows[1]).toMatch(/C.*<w:vMerge\/>/);
    expect(rows[2]).toMatch(/D.*<w:vMerge\/>/);
    expect(xml.match(/<w:vMerge\/>/g)).toHaveLength(2);
  });
});
