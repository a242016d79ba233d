import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WordExport } from '../api/contract';
import { seedDemo } from '../demo/seed';
import type { NoteContent, SerializedNode } from '../domain/content';
import type { Note } from '../domain/note';
import { openTestStore, value } from '../testing/fixtures';
import { tempDir } from '../testing/temp';
import { exportNote } from './document';
import { loadWordStyle } from './style';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
  seedDemo(t.store);
});
afterEach(() => t.close());

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (s: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: s, format });
const p = (...c: SerializedNode[]): SerializedNode => ({ type: 'paragraph', ...el, children: c });
const item = (...c: SerializedNode[]): SerializedNode => ({ type: 'listitem', ...el, children: c });
const list = (listType: 'bullet' | 'number' | 'check', ...c: SerializedNode[]): SerializedNode => ({
  type: 'list',
  listType,
  ...el,
  children: c,
});
const cell = (s: string, headerState = 0): SerializedNode => ({
  type: 'tablecell',
  headerState,
  ...el,
  children: [p(text(s))],
});
const row = (...c: SerializedNode[]): SerializedNode => ({ type: 'tablerow', ...el, children: c });

const RICH: NoteContent = {
  root: {
    type: 'root',
    ...el,
    children: [
      { type: 'heading', tag: 'h1', ...el, children: [text('Objectives')] },
      { type: 'heading', tag: 'h2', ...el, children: [text('Points to make')] },
      p(text('bold', 1), text(' italic', 2), text(' under', 8), text(' struck', 4), text(' code', 16)),
      list('number', item(text('first')), item(text('second'), list('number', item(text('second, a'))))),
      list('number', item(text('restarts at one'))),
      list('bullet', item(text('a bullet'))),
      list('check', { type: 'listitem', checked: true, ...el, children: [text('done action')] }),
      { type: 'quote', ...el, children: [text('A quotation')] },
      {
        type: 'table',
        ...el,
        children: [row(cell('Topic', 1), cell('Line', 1)), row(cell('Trade'), cell('$10 billion'))],
      },
      p({ type: 'link', url: 'https://www.mfa.kz/en', ...el, children: [text('MFA site')] }, text(' and '), {
        type: 'link',
        url: 'javascript:alert(1)',
        ...el,
        children: [text('a bad link')],
      }),
      p({ type: 'field', version: 1, field: 'meeting.time' }, text(' / '), {
        type: 'field',
        version: 1,
        field: 'visit.principal',
      }),
    ],
  },
};

async function exportOf(content: NoteContent, programmeItemId: string | null = null) {
  const note = value(
    await t.dispatch('notes.create', {
      visitId: 'demo-visit-kz-tr-2021',
      title: 'Brief <w:t> & test',
      content,
      programmeItemId,
    }),
  ) as Note;
  const out = value(await t.dispatch('export.note', { noteId: note.id })) as WordExport;
  const buffer = Buffer.from(out.base64, 'base64');
  const zip = await JSZip.loadAsync(buffer);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { out, buffer, zip, xml };
}

describe('Word export of a note', () => {
  it('uses Word heading styles, real numbering restarting per list, tables with a repeated header row', async () => {
    const { xml } = await exportOf(RICH);
    const doc = await xml('word/document.xml');
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('w:val="Heading2"');
    expect(doc).toContain('w:val="Title"');
    // three lists -> three concrete numbering instances; the nested item sits at level 1 of its parent's
    const numIds = [...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(3);
    expect(doc).toMatch(/<w:ilvl w:val="1"\/>/);
    const numbering = await xml('word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    expect((numbering.match(/<w:num /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('☒');
    expect(doc).toContain('w:val="Quote"');
  });

  it('keeps http(s) links as hyperlinks; anything else reaches Word as plain text', async () => {
    const { xml } = await exportOf(RICH);
    const rels = await xml('word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://www.mfa.kz/en"');
    expect(rels).not.toContain('javascript:');
    expect(await xml('word/document.xml')).toContain('a bad link');
  });

  describe('content that never passed the store (defence in depth, issue 15)', () => {
    const direct = async (content: NoteContent) => {
      const data = { visit: t.store.visits.get('demo-visit-kz-tr-2021'), people: [], programme: [] };
      const r = await exportNote(
        { title: 'T', classification: 'OFFICIAL', status: 'draft', programmeItemId: null, content },
        data,
        { style: loadWordStyle() },
      );
      const zip = await JSZip.loadAsync(r.buffer);
      return { ...r, xml: async (name: string) => (await zip.file(name)?.async('string')) ?? '' };
    };
    const link = (url: string): SerializedNode => ({ type: 'link', url, ...el, children: [text('the link')] });

    it('drops a javascript: link to plain text with a warning', async () => {
      const r = await direct({ root: { type: 'root', ...el, children: [p(link('javascript:alert(1)'))] } });
      expect(await r.xml('word/_rels/document.xml.rels')).not.toContain('javascript:');
      expect(r.warnings.some((w) => w.includes('javascript:'))).toBe(true);
    });

    it('writes a well-formed document.xml.rels for a link holding U+FFFE or U+FFFF (finding 3)', async () => {
      const url = 'https://example.org/a\uFFFEb\uFFFF&x="y"#frag\uFFFEment';
      const r = await direct({ root: { type: 'root', ...el, children: [p(link(url))] } });
      const rels = await r.xml('word/_rels/document.xml.rels');
      const doc = await r.xml('word/document.xml');
      for (const xml of [rels, doc]) expect(xml).not.toMatch(/[\uFFFE\uFFFF]/);
      expect(rels).toContain('Target="https://example.org/ab&amp;x=&quot;y&quot;"');
      expect(doc).toContain('w:anchor="fragment"');
      const lint = spawnSync('xmllint', ['--noout', '-'], { input: rels });
      if (!lint.error) expect(lint.status, String(lint.stderr)).toBe(0);
    });

    it('clamps table spans, so colSpan 1e7 or 1e308 cannot blow up the export (finding 1)', async () => {
      const wide = (colSpan: number): SerializedNode => ({
        type: 'tablecell',
        colSpan,
        rowSpan: colSpan,
        ...el,
        children: [p(text('wide'))],
      });
      const r = await direct({
        root: { type: 'root', ...el, children: [{ type: 'table', ...el, children: [row(wide(1e7), wide(1e308))] }] },
      });
      const doc = await r.xml('word/document.xml');
      expect(doc.length).toBeLessThan(100_000); // was a 200 MB document.xml, or a crash
      expect((doc.match(/<w:gridCol /g) ?? []).length).toBe(126);
      expect(doc).toContain('<w:gridSpan w:val="63"/>');
    });
  });

  it('writes fields as their values; a missing one is left out and named in a warning with the note', async () => {
    const withMeeting = await exportOf(RICH, 'demo-item-oktay');
    const doc = await withMeeting.xml('word/document.xml');
    expect(doc).toContain('Friday 5 March 2021, 10:00–11:00 local time (Ankara)');
    expect(doc).toContain('Mukhtar Tleuberdi, Deputy Prime Minister – Minister of Foreign Affairs');
    const without = await exportOf(RICH);
    expect(await without.xml('word/document.xml')).not.toContain('missing:');
    expect(without.out.warnings).toContain('Brief <w:t> & test: Meeting time missing');
  });

  it('marks the classification in header and footer with Page X of Y, and sets the document properties', async () => {
    const { xml } = await exportOf(RICH);
    const headers = (await Promise.all(['word/header1.xml', 'word/header2.xml'].map(xml))).join('');
    const footers = (await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map(xml))).join('');
    expect(headers).toContain('OFFICIAL');
    expect(footers).toContain('OFFICIAL');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(await xml('word/document.xml')).toContain('<w:titlePg/>');
    const core = await xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Brief &lt;w:t&gt; &amp; test</dc:title>');
    expect(core).toContain('Official visit of the Deputy Prime Minister');
  });

  it('survives a second reader: text, headings, list items and table cells', async () => {
    const { buffer } = await exportOf(RICH);
    const html = (await mammoth.convertToHtml({ buffer })).value;
    expect(html).toContain('<h1>Objectives</h1>');
    expect(html).toContain('<h2>Points to make</h2>');
    expect(html).toMatch(/<li>second<ol><li>second, a<\/li><\/ol><\/li>/);
    expect(html).toContain('<td><p>$10 billion</p></td>');
    expect(html).toContain('<a href="https://www.mfa.kz/en">MFA site</a>');
  });

  it('still gives a valid document for hostile text the store would refuse (every control character, U+FFFF, lone surrogates)', async () => {
    let controls = '';
    for (let c = 0; c < 32; c++) controls += String.fromCharCode(c);
    const hostile: NoteContent = {
      root: {
        type: 'root',
        ...el,
        children: [
          p(text(`ctl ${controls}\uFFFF\uFFFE\uD800 lone \u202Eevil\u202C <w:t>x</w:t> ]]> ${'W'.repeat(100_000)}`)),
        ],
      },
    };
    const data = { visit: t.store.visits.get('demo-visit-kz-tr-2021'), people: [], programme: [] };
    const { buffer } = await exportNote(
      { title: 'T\u0007itle', classification: 'OFFICIAL', status: 'draft', programmeItemId: null, content: hostile },
      data,
      { style: loadWordStyle() },
    );
    const zip = await JSZip.loadAsync(buffer);
    const doc = await zip.file('word/document.xml')!.async('string');
    // eslint-disable-next-line no-control-regex -- the characters XML cannot carry
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(doc).toContain('&lt;w:t&gt;x&lt;/w:t&gt;');
    const raw = (await mammoth.extractRawText({ buffer })).value;
    expect(raw).toContain('\u202Eevil\u202C');
    expect(raw).toContain('W'.repeat(100_000));
    expect(raw).toContain('lone');
  });

  it('keeps text that looks like a list placeholder as the user wrote it', async () => {
    // docx replaces "{reference-instance}" anywhere in document.xml by that list's numId; note text included.
    const { xml } = await exportOf({
      root: {
        type: 'root',
        ...el,
        children: [
          list('number', item(text('a list, so instance 1 exists'))),
          list('bullet', item(text('and instance 2'))),
          p(text('Template keys: {briefing-number-1} and {briefing-bullet-2}')),
        ],
      },
    });
    expect(await xml('word/document.xml')).toContain('Template keys: {briefing-number-1} and {briefing-bullet-2}');
  });

  it('cannot be spliced by text spelling the paragraph a note goes into', async () => {
    const forged = '<w:p><w:pPr><w:pStyle w:val="BriefingContentSlot0"/></w:pPr></w:p>';
    const { xml, buffer } = await exportOf({ root: { type: 'root', ...el, children: [p(text(forged))] } });
    expect(await xml('word/document.xml')).toContain(
      '&lt;w:p&gt;&lt;w:pPr&gt;&lt;w:pStyle w:val=&quot;BriefingContentSlot0',
    );
    expect((await mammoth.extractRawText({ buffer })).value).toContain(forged);
  });
});

describe('the .docx file', () => {
  it('is a zip Word accepts: [Content_Types].xml first, DEFLATE, CRCs that `unzip -t` checks', async () => {
    const { buffer } = await exportOf(RICH);
    const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
    expect(buffer.readUInt32LE(0)).toBe(0x04034b50);
    expect(buffer.toString('utf8', 30, 30 + '[Content_Types].xml'.length)).toBe('[Content_Types].xml');
    const tmp = tempDir();
    try {
      fs.writeFileSync(tmp.file('note.docx'), buffer);
      const r = spawnSync('unzip', ['-t', tmp.file('note.docx')], { encoding: 'utf8' });
      expect(r.error, 'unzip is needed for this test (apt-get install unzip)').toBeUndefined();
      expect(r.stdout).toContain('No errors detected');
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the briefing pack', () => {
  it('has a cover, contents, the programme and numbered briefs in the order of the visit’s pack', async () => {
    const out = value(await t.dispatch('export.pack', { visitId: 'demo-visit-kz-tr-2021' })) as WordExport;
    const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('Briefing pack');
    expect(doc).toContain('PAGEREF _Brief1');
    expect(await zip.file('word/settings.xml')!.async('string')).not.toContain('updateFields');
    const heading = (n: number) => doc.indexOf(`w:name="_Brief${n}"`);
    expect(heading(1)).toBeGreaterThan(doc.indexOf('w:name="_Programme"'));
    expect(doc.slice(heading(1), heading(1) + 200)).toContain('Brief 1 — Scene-setter: official visit to Ankara');
    expect(doc.slice(heading(5), heading(5) + 200)).toContain('Brief 5 — Meeting brief: Vice-President Fuat Oktay');
    expect(doc).toContain('DRAFT');
    // every list of every brief has its own numbering instance, defined once in numbering.xml
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const used = new Set([...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    const defined = [...numbering.matchAll(/<w:num w:numId="(\d+)">/g)].map((m) => m[1]);
    expect(used.size).toBeGreaterThan(1);
    for (const numId of used) expect(defined.filter((d) => d === numId)).toHaveLength(1);
    expect(out.fileName).toBe(
      'Briefing pack - Official visit of the Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan to Türkiye.docx',
    );
  });
});
