import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  FootnoteReferenceRun,
  Footer,
  Header,
  Document,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteContent, SerializedNode } from '../domain/content';
import type { DocxImportResult, WordExport } from '../api/contract';
import type { Visit } from '../domain/visit';
import type { Note, NoteSummary } from '../domain/note';
import type { Result } from '../api/result';
import { openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import { describeDocxImport } from './docx-to-content';
import { zip } from '../export/zip';
import { outline } from './testing';

let t: ReturnType<typeof openTestStore>;
let visitId: string;
beforeEach(async () => {
  t = openTestStore();
  visitId = (value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit).id;
});
afterEach(() => t.close());

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (s: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: s, format });
const br = { type: 'linebreak', version: 1 } as SerializedNode;
const p = (...c: SerializedNode[]): SerializedNode => ({ type: 'paragraph', ...el, children: c });
const h = (tag: 'h1' | 'h2' | 'h3', s: string): SerializedNode => ({
  type: 'heading',
  tag,
  ...el,
  children: [text(s)],
});
const li = (...c: SerializedNode[]): SerializedNode => ({ type: 'listitem', ...el, children: c });
const list = (listType: 'bullet' | 'number', extra: object, ...c: SerializedNode[]): SerializedNode =>
  ({ type: 'list', listType, ...extra, ...el, children: c }) as SerializedNode;
const cell = (s: string, headerState = 0): SerializedNode => ({
  type: 'tablecell',
  headerState,
  ...el,
  children: [p(text(s))],
});
const row = (...c: SerializedNode[]): SerializedNode => ({ type: 'tablerow', ...el, children: c });
const link = (url: string, ...c: SerializedNode[]): SerializedNode => ({ type: 'link', url, ...el, children: c });
const doc = (...children: SerializedNode[]): NoteContent => ({ root: { type: 'root', ...el, children } });

const BRIEF = doc(
  h('h1', 'Objectives'),
  p(
    text('Plain, '),
    text('bold', 1),
    text(', '),
    text('italic', 2),
    text(', '),
    text('underlined', 8),
    text(' and '),
    text('struck', 4),
  ),
  list('number', {}, li(text('Agree the date')), li(text('Confirm the co-chairs'))),
  h('h2', 'Points to make'),
  list('bullet', {}, li(text('Trade')), li(list('bullet', {}, li(text('Gas transit')))), li(text('Education'))),
  p(link('https://www.mfa.gov.kz/en', text('Long link'), br, text('WITH spaces'))),
  list('number', { $: { listStyle: 'lower-alpha' } }, li(text('Lettered')), li(text('Second letter'))),
  p(text('An interruption')),
  list('number', { start: 3, $: { listStyle: 'lower-alpha' } }, li(text('Continued at c'))),
  list('bullet', {}, li(text('Bullet after'))),
  list('number', { $: { listStyle: 'upper-roman' } }, li(text('Roman'))),
  h('h3', 'Agreements'),
  {
    type: 'table',
    ...el,
    children: [row(cell('Year', 1), cell('Agreement', 1)), row(cell('2018'), cell('Education'))],
  },
);

async function importDocx(bytes: Buffer, title?: string): Promise<Result<DocxImportResult>> {
  return (await t.dispatch('notes.importDocx', {
    visitId,
    base64: bytes.toString('base64'),
    ...(title ? { title } : {}),
  })) as Result<DocxImportResult>;
}

async function exportedDocx(content: NoteContent): Promise<Buffer> {
  const note = value(await t.dispatch('notes.create', { visitId, title: 'Brief', content })) as Note;
  const word = value(await t.dispatch('export.note', { noteId: note.id })) as WordExport;
  return Buffer.from(word.base64, 'base64');
}

/** The archive with every part's declared unpacked size set to `size`, as a zip bomb's directory says. */
function declaringUnpacked(archive: Buffer, size: number): Buffer {
  const out = Buffer.from(archive);
  for (let i = out.indexOf(CENTRAL_HEADER); i >= 0; i = out.indexOf(CENTRAL_HEADER, i + 4))
    out.writeUInt32LE(size, i + 24);
  return out;
}
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

const notesOfVisit = async () => value(await t.dispatch('notes.list', { visitId })) as NoteSummary[];

describe('import a Word document', () => {
  it('a Briefing export imports back to the same structure', async () => {
    const bytes = await exportedDocx(BRIEF);
    const r = value(await importDocx(bytes, 'Round trip'));
    const got = outline((value(await t.dispatch('notes.get', { id: r.note.id })) as Note).content as NoteContent);
    const want = outline(BRIEF);
    // The export starts with its title block (title, visit, date); the note's content follows.
    const from = got.indexOf(want[0]!);
    expect(from).toBeGreaterThan(0);
    expect(got.slice(from)).toEqual(want);
    // The export's marking and footer are its own; the note gets its own again.
    expect(r.notice).toBe('The headers and footers were not imported: a note has its own marking and footer.');
  });

  it('keeps how Word numbers: letters, roman numerals, a list continued after a paragraph, numbered headings', async () => {
    const d = new Document({
      numbering: {
        config: [
          {
            reference: 'letters',
            levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }],
          },
          {
            reference: 'headings',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              text: 'Intro',
              heading: HeadingLevel.HEADING_1,
              numbering: { reference: 'headings', level: 0 },
            }),
            new Paragraph({
              text: 'Trade',
              heading: HeadingLevel.HEADING_2,
              numbering: { reference: 'headings', level: 1 },
            }),
            new Paragraph({ text: 'Alpha', numbering: { reference: 'letters', level: 0 } }),
            new Paragraph({ text: 'Beta', numbering: { reference: 'letters', level: 0 } }),
            new Paragraph({ text: 'An interruption' }),
            new Paragraph({ text: 'Gamma', numbering: { reference: 'letters', level: 0 } }),
          ],
        },
      ],
    });
    const r = value(await importDocx(await Packer.toBuffer(d)));
    expect(outline(r.note.content as NoteContent)).toEqual([
      'h1 1. Intro',
      'h2 1.1 Trade',
      'ol lower-alpha',
      '  li Alpha',
      '  li Beta',
      'p An interruption',
      'ol start=3 lower-alpha',
      '  li Gamma',
    ]);
  });

  it('keeps bold, italic, underline and strikethrough', async () => {
    const r = value(await importDocx(await exportedDocx(BRIEF)));
    const paragraph = ((r.note.content as NoteContent).root.children as SerializedNode[]).find(
      (b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'text' && c.text === 'bold'),
    );
    const formats =
      paragraph && 'children' in paragraph ? paragraph.children.map((c) => ('format' in c ? c.format : 0)) : [];
    expect(formats).toEqual([0, 1, 0, 2, 0, 8, 0, 4]);
  });

  it('exports a link across a line break as one hyperlink holding the break (not "Long linkWITH spaces")', async () => {
    const zip = await JSZip.loadAsync(await exportedDocx(BRIEF));
    const xml = await zip.file('word/document.xml')!.async('string');
    const hyperlink = /<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/.exec(xml)![0];
    expect(hyperlink).toMatch(/Long link<\/w:t>[\s\S]*<w:br\/>[\s\S]*WITH spaces/);
  });

  it('exports lettered and roman lists as Word numbering of that format, and a continued list from its number', async () => {
    const content = doc(
      list('number', { start: 3 }, li(text('Third'))),
      p(text('between')),
      list('number', { $: { listStyle: 'lower-alpha' } }, li(text('Letter'))),
      p(text('between')),
      list('number', { $: { listStyle: 'upper-roman' } }, li(text('Roman'))),
    );
    const zip = await JSZip.loadAsync(await exportedDocx(content));
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const numIdOf = (word: string) => {
      const at = documentXml.indexOf(word);
      const before = documentXml.slice(0, at);
      return /w:numId w:val="(\d+)"/g.exec(before.slice(before.lastIndexOf('<w:p>')))![1]!;
    };
    const abstractOf = (numId: string) =>
      new RegExp(`<w:num w:numId="${numId}">[\\s\\S]*?<w:abstractNumId w:val="(\\d+)"`).exec(numbering)![1]!;
    const firstFormat = (abstractId: string) =>
      new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?<w:numFmt w:val="(\\w+)"`).exec(
        numbering,
      )![1];
    expect(firstFormat(abstractOf(numIdOf('Letter')))).toBe('lowerLetter');
    expect(firstFormat(abstractOf(numIdOf('Roman')))).toBe('upperRoman');
    expect(numbering).toMatch(
      new RegExp(`<w:num w:numId="${numIdOf('Third')}">[\\s\\S]*?<w:startOverride w:val="3"/>[\\s\\S]*?</w:num>`),
    );
  });

  it('a LibreOffice document: headings, lists, table with a merged cell, link and formats; the picture is reported', async () => {
    const bytes = fs.readFileSync(path.join(__dirname, 'fixtures', 'libreoffice-background.docx'));
    const r = value(await importDocx(bytes));
    expect(r.note.title).toBe('Background note: Türkiye');
    expect(outline(r.note.content as NoteContent)).toEqual([
      'h1 Background note: Türkiye',
      'p Relations are strong, growing, broad and never static. See [the ministry](https://www.mfa.gov.tr/).',
      'h2 Priorities',
      'ol lower-alpha',
      '  li Trade',
      '  li Transport',
      'ul',
      '  li Energy',
      '  li',
      '    ul',
      '      li Gas transit',
      '  li Education',
      'h3 Agreements',
      'table',
      '  tablerow',
      '    td',
      '      p Year',
      '    td',
      '      p Agreement',
      '  tablerow',
      '    td',
      '      p 2018',
      '    td',
      '      p Education and science',
      '  tablerow',
      '    td',
      '      p Merged row across both columns',
      'p Picture above.',
    ]);
    const merged = JSON.stringify(r.note.content).includes('"colSpan":2');
    expect(merged).toBe(true);
    expect(r.notice).toBe('1 image was not imported.');
  });

  it('footnotes come in after the text as their own list, without the "↑" links back (mammoth\'s footnotes.docx)', async () => {
    const d = new Document({
      footnotes: { 1: { children: [new Paragraph('Signed in Astana in 2018.')] } },
      numbering: {
        config: [
          {
            reference: 'n',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The memorandum'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ text: 'Last point', numbering: { reference: 'n', level: 0 } }),
          ],
        },
      ],
    });
    const r = value(await importDocx(await Packer.toBuffer(d)));
    expect(outline(r.note.content as NoteContent)).toEqual([
      'p The memorandum[1]',
      'ol',
      '  li Last point',
      'p',
      'ol',
      '  li Signed in Astana in 2018.',
    ]);
  });

  it('a document whose main part is word/document2.xml (Office 365, Google Docs exports) imports with its numbering', async () => {
    const d = new Document({
      numbering: {
        config: [
          {
            reference: 'letters',
            levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Scene setter', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'First lettered', numbering: { reference: 'letters', level: 0 } }),
          ],
        },
      ],
    });
    const original = await JSZip.loadAsync(await Packer.toBuffer(d));
    const moved = new JSZip();
    for (const [name, file] of Object.entries(original.files)) {
      if (file.dir) continue;
      const renamed = name.replace(/document\.xml/, 'document2.xml');
      const text = await file.async('string');
      moved.file(renamed, /rels|Content_Types/.test(name) ? text.replace(/document\.xml/g, 'document2.xml') : text);
    }
    expect(moved.file('word/document.xml')).toBeNull();
    const r = value(await importDocx(await moved.generateAsync({ type: 'nodebuffer' })));
    expect(outline(r.note.content as NoteContent)).toEqual([
      'h1 Scene setter',
      'ol lower-alpha',
      '  li First lettered',
    ]);
  });

  it("says when headers and footers were left out (python-docx's hdr-header-footer.docx was silent)", async () => {
    const d = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('OFFICIAL-SENSITIVE')] }) },
          footers: { default: new Footer({ children: [new Paragraph('Desk: Central Asia')] }) },
          children: [new Paragraph('Body text')],
        },
      ],
    });
    const r = value(await importDocx(await Packer.toBuffer(d)));
    expect(outline(r.note.content as NoteContent)).toEqual(['p Body text']);
    expect(r.report.headersFooters).toBe(2);
    expect(r.notice).toBe('The headers and footers were not imported: a note has its own marking and footer.');
    expect(value(await importDocx(await exportedDocx(BRIEF))).report.headersFooters).toBeGreaterThan(0);
  });

  it('counts images, comments and tracked changes made with docx and says so', async () => {
    const png = fs.readFileSync(path.join(__dirname, '../../resources/icons/icon.png'));
    const image = () => new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } });
    const d = new Document({
      comments: {
        children: [
          { id: 0, author: 'Desk', date: new Date('2021-03-01'), children: [new Paragraph('Check the date')] },
          { id: 1, author: 'Desk', date: new Date('2021-03-01'), children: [new Paragraph('Source?')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Scene setter', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [image(), new TextRun(' Flags'), image(), image()] }),
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('The commission meets in May.'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new CommentRangeStart(1),
                new TextRun(' Trade grew by 30%.'),
                new CommentRangeEnd(1),
                new TextRun({ children: [new CommentReference(1)] }),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun('Agreed '),
                new InsertedTextRun({ text: 'in principle', id: 1, author: 'Desk', date: '2021-03-01T10:00:00Z' }),
                new DeletedTextRun({ text: 'in full', id: 2, author: 'Desk', date: '2021-03-01T10:00:00Z' }),
              ],
            }),
          ],
        },
      ],
    });
    const r = value(await importDocx(await Packer.toBuffer(d)));
    expect(r.report).toMatchObject({ images: 3, comments: 2, trackedChanges: 2 });
    expect(r.notice).toBe('3 images and 2 comments were not imported. 2 tracked changes were taken as accepted.');
    expect(outline(r.note.content as NoteContent)).toEqual([
      'h1 Scene setter',
      'p Flags',
      'p The commission meets in May. Trade grew by 30%.',
      'p Agreed in principle',
    ]);
  });

  it.each([
    ['a text file', Buffer.from('Objectives\nAgree the date\n'), /not a Word document \(\.docx\)/],
    [
      'an old .doc',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
      /old Word 97–2003 document \(\.doc\)/,
    ],
    [
      'a password-protected .docx',
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(512),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
      /protected by a password/,
    ],
    ['a zip that is not a document', zip([{ name: 'notes.txt', data: 'Objectives' }]), /not a Word document/],
    ['a damaged zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), /damaged/],
    [
      'a 51 MB file',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(51 * 1024 * 1024)]),
      /larger than 50 MB/,
    ],
    [
      'a zip bomb (its parts declare 300 MB unpacked)',
      declaringUnpacked(zip([{ name: 'word/document.xml', data: '<w:document/>' }]), 300 * 1024 * 1024),
      /unpacks to 300 MB, far more than a Word document holds/,
    ],
  ])('%s is refused with one sentence and nothing is written', async (_, bytes, message) => {
    const r = await importDocx(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toMatch(message);
    expect(r.error.message).not.toMatch(/\n/);
    expect(await notesOfVisit()).toEqual([]);
  });

  it('the title given wins; without one, the first heading', async () => {
    const bytes = await exportedDocx(BRIEF);
    expect(value(await importDocx(bytes, 'Given')).note.title).toBe('Given');
    const notes = await notesOfVisit();
    expect(notes.map((n) => n.title).sort()).toEqual(['Brief', 'Given']);
  });
});

describe('describeDocxImport', () => {
  it('says nothing when everything came in, and one sentence per kind otherwise', () => {
    expect(describeDocxImport({ images: 0, comments: 0, trackedChanges: 0, reshaped: 0 })).toBeNull();
    expect(describeDocxImport({ images: 1, comments: 0, trackedChanges: 0, reshaped: 0 })).toBe(
      '1 image was not imported.',
    );
    expect(describeDocxImport({ images: 0, comments: 1, trackedChanges: 1, reshaped: 0 })).toBe(
      '1 comment was not imported. 1 tracked change was taken as accepted.',
    );
  });
});
