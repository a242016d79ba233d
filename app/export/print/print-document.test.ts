import { describe, expect, it } from 'vitest';
import { demoPeople, demoProgramme, demoVisit, DEMO_VISIT_ID } from '../../demo/kazakhstan-turkey';
import type { NoteContent, SerializedNode } from '../../domain/content';
import type { Person } from '../../domain/person';
import type { ProgrammeItem } from '../../domain/programme';
import type { Visit } from '../../domain/visit';
import { doc } from '../../testing/fixtures';
import type { ExportData } from '../document';
import { loadWordStyle } from '../style';
import { printNote, printPack, type PrintableNote, type PrintOptions } from './print-document';

const data: ExportData = {
  visit: { id: DEMO_VISIT_ID, ...demoVisit } as unknown as Visit,
  people: demoPeople as unknown as Person[],
  programme: demoProgramme as unknown as ProgrammeItem[],
};
const options: PrintOptions = {
  style: loadWordStyle(),
  paper: 'A4',
  classifications: ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'],
  language: 'en-GB',
  date: '2021-03-01',
};

let n = 0;
function note(content: NoteContent, over: Partial<PrintableNote> = {}): PrintableNote {
  n++;
  return {
    id: `note-${n}`,
    title: `Note ${n}`,
    classification: 'OFFICIAL',
    status: 'draft',
    programmeItemId: null,
    content,
    ...over,
  };
}

const para = (...children: SerializedNode[]): NoteContent => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children }],
  },
});
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format });

/** The body of the page, without the stylesheet. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

describe('the print view', () => {
  it('escapes every piece of user text, so no text can become markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const page = printNote(note(para(text(hostile)), { title: hostile }), data, options).html;
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(bodyOf(page)).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;',
    );
  });

  it('loads nothing but its own fonts: a CSP that allows no other request, no script', () => {
    const page = printNote(note(doc('Hello')), data, options).html;
    expect(page).toContain("default-src 'none'; style-src 'unsafe-inline'; font-src 'self'");
    expect(page).not.toMatch(/<script|src=/);
    expect([...page.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      'fonts/LiberationSans-Regular.ttf',
      'fonts/LiberationSans-Bold.ttf',
      'fonts/LiberationSans-Italic.ttf',
      'fonts/LiberationSans-BoldItalic.ttf',
    ]);
  });

  it('drops what XML cannot carry, as the Word export does, and keeps right-to-left text as text', () => {
    const page = bodyOf(printNote(note(para(text('a\u0000b\u000Bc\uFFFEd \u202Eevil\u202C'))), data, options).html);
    expect(page).toContain('abcd \u202Eevil\u202C');
  });

  it('prints a note under its own marking, with DRAFT until it is cleared', () => {
    const draft = printNote(note(doc('x'), { classification: 'RESTRICTED' }), data, options).html;
    expect(draft).toContain('content: "RESTRICTED — DRAFT"');
    expect(draft).toContain('class="watermark"');
    const cleared = printNote(note(doc('x'), { classification: 'RESTRICTED', status: 'cleared' }), data, options).html;
    expect(cleared).toContain('content: "RESTRICTED"');
    expect(cleared).not.toContain('DRAFT');
  });

  it('shows field values from the visit; a missing one or a placeholder is left out and named in the warning, or shown when kept', () => {
    const content = para(
      { type: 'field', version: 1, field: 'visit.city' },
      text(' / '),
      { type: 'field', version: 1, field: 'meeting.place' },
      { type: 'placeholder', version: 1, text: 'Our objective' },
    );
    const doc = printNote(note(content, { title: 'Brief' }), data, options);
    expect(bodyOf(doc.html)).toContain('<p>Ankara / </p>');
    expect(doc.warnings).toEqual(['Brief: 1 placeholder, Meeting place missing']);
    const kept = printNote(note(content), data, { ...options, keepPlaceholders: true });
    expect(bodyOf(kept.html)).toContain(
      'Ankara / <mark class="missing">[missing: Meeting place]</mark><mark class="placeholder">[Our objective]</mark>',
    );
  });

  it('prints a cleared note with the values it was cleared with, and its own marking in its Classification field', () => {
    const content = para({ type: 'field', version: 1, field: 'visit.city' }, text(' · '), {
      type: 'field',
      version: 1,
      field: 'classification',
    });
    const cleared = note(content, {
      status: 'cleared',
      classification: 'RESTRICTED',
      clearance: { by: 'J. Smith', at: '2021-03-01T10:00:00Z', fields: { 'visit.city': 'Istanbul' } },
    });
    expect(bodyOf(printNote(cleared, data, options).html)).toContain('<p>Istanbul · RESTRICTED</p>');
  });

  it('keeps a link only when it is http, https or mailto', () => {
    const link = (url: string): SerializedNode =>
      ({
        type: 'link',
        version: 1,
        url,
        direction: null,
        format: '',
        indent: 0,
        children: [text(url)],
      }) as SerializedNode;
    const page = bodyOf(
      printNote(note(para(link('https://mfa.kz/'), link('javascript:alert(1)'))), data, options).html,
    );
    expect(page).toContain('<a href="https://mfa.kz/">');
    expect(page).not.toContain('href="javascript');
  });
});

describe('the briefing book in print', () => {
  it('gives each brief its own marking and the front matter the highest marking in the pack', () => {
    const pack = printPack(
      [note(doc('a')), note(doc('b'), { classification: 'RESTRICTED', title: 'Restricted brief' })],
      data,
      options,
    );
    const page = pack.html([1, 2, 3, 4, 5]);
    // Two named pages: RESTRICTED (the highest) for the cover, contents, programme and that brief; OFFICIAL for the other.
    expect(page).toMatch(/@page m0 \{ @top-center \{ content: "RESTRICTED — DRAFT"/);
    expect(page).toMatch(/@page m1 \{ @top-center \{ content: "OFFICIAL — DRAFT"/);
    expect(page).toContain('<section class="page-m0 cover">');
    expect(page).toContain('<section class="page-m1"><h1 id="brief-1">Brief 1 — Note');
    expect(page).toContain('<section class="page-m0"><h1 id="brief-2">Brief 2 — Restricted brief');
  });

  it('lists every brief in the contents with the page it starts on, linked to it', () => {
    const pack = printPack([note(doc('a')), note(doc('b'))], data, options);
    expect(pack.headings).toEqual([
      'Contents',
      'Programme',
      expect.stringMatching(/^Brief 1 — /),
      expect.stringMatching(/^Brief 2 — /),
    ]);
    const page = pack.html([2, 3, 4, 6]);
    expect(page).toMatch(
      /<a href="#programme">Programme<\/a><span class="leader"><\/span><span class="page">3<\/span>/,
    );
    expect(page).toMatch(
      /<a href="#brief-2">Brief 2 — [^<]*<\/a><span class="leader"><\/span><span class="page">6<\/span>/,
    );
  });

  it('says on the cover which briefs are not cleared, and has no DRAFT once all are', () => {
    const drafts = printPack(
      [note(doc('a'), { title: 'Unfinished brief' }), note(doc('b'), { status: 'cleared' })],
      data,
      options,
    );
    expect(bodyOf(drafts.html())).toMatch(
      /DRAFT — not yet cleared:<\/p><ul><li>Unfinished brief \(draft\)<\/li><\/ul>/,
    );
    const cleared = printPack([note(doc('a'), { status: 'cleared' })], data, options).html();
    expect(cleared).not.toContain('DRAFT');
  });

  it('lists the participants one per line with the title they held on the day', () => {
    const page = bodyOf(printPack([], data, options).html());
    expect(page).toContain('<p>Recep Tayyip Erdoğan, President</p>');
  });
});
