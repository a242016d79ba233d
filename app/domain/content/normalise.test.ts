import { describe, expect, it } from 'vitest';
import { doc } from '../../testing/fixtures';
import type { NoteContent } from '../content';
import { describeCleaned, noneCleaned } from './cleaned';
import { safeLinkUrl } from './links';
import { ContentError, MAX_DEPTH, normaliseContent, normaliseNodes } from './normalise';
import { plainText } from './plain-text';
import { cleanTextPieces } from './text-cleaning';

type J = Record<string, unknown>;
const text = (t: string, extra: J = {}): J => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  ...extra,
});
const el = (type: string, children: J[], extra: J = {}): J => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});
const p = (...children: J[]) => el('paragraph', children, { textFormat: 0, textStyle: '' });
const link = (url: unknown, extra: J = {}) =>
  el('link', [text('the words')], { url, rel: null, target: null, ...extra });
const root = (...children: J[]): J => ({ root: el('root', children) });
const cell = (children: J[], extra: J = {}) =>
  el('tablecell', children, { colSpan: 1, rowSpan: 1, headerState: 0, backgroundColor: null, ...extra });
const table = (...rows: J[][]) =>
  el(
    'table',
    rows.map((cells) => el('tablerow', cells)),
  );
const list = (items: J[], extra: J = {}) => el('list', items, { listType: 'bullet', start: 1, tag: 'ul', ...extra });
const item = (...children: J[]) => el('listitem', children, { value: 1 });

const norm = (content: J) => normaliseContent(content);
const blocks = (content: J) => norm(content).content.root.children as unknown as J[];
const first = (content: J) => blocks(content)[0]!;
const kids = (node: J) => node.children as J[];
const inlineOf = (content: J) => kids(first(content));

describe('text cleaning (never refused)', () => {
  it('turns U+000B into a line break and U+000C into a new paragraph', () => {
    const r = norm(root(p(text('one\u000Btwo\u000Cthree'))));
    const [a, b] = r.content.root.children as unknown as J[];
    expect(kids(a!).map((n) => n.type)).toEqual(['text', 'linebreak', 'text']);
    expect(kids(a!)[2]!.text).toBe('two');
    expect(kids(b!).map((n) => n.text)).toEqual(['three']);
    expect(r.cleaned).toMatchObject({ characters: 2 });
  });

  it('drops other C0 controls and U+FFFE/U+FFFF, makes lone surrogates U+FFFD, keeps emoji and RTL marks', () => {
    const r = norm(root(p(text('a\u0000b\u0007c\uFFFEd\uFFFFe\uD800f\uDC00g 👩‍👩‍👧 \u200Fשלום'))));
    expect(inlineOf(r.content as unknown as J)[0]!.text).toBe('abcde\uFFFDf\uFFFDg 👩‍👩‍👧 \u200Fשלום');
    expect(r.cleaned.characters).toBe(6);
  });

  it('keeps tab, newline and carriage return, which XML carries', () => {
    expect(cleanTextPieces('a\tb\nc\rd')).toEqual({ pieces: ['a\tb\nc\rd'], changed: 0 });
  });

  it('splits a heading at a form feed into two headings, and a list item into two items', () => {
    const hs = blocks(root(el('heading', [text('A\fB')], { tag: 'h2' })));
    expect(hs.map((h) => [h.type, h.tag, kids(h)[0]!.text])).toEqual([
      ['heading', 'h2', 'A'],
      ['heading', 'h2', 'B'],
    ]);
    const l = first(root(list([item(text('x\fy'))])));
    expect(kids(l).map((i) => kids(i)[0]!.text)).toEqual(['x', 'y']);
  });

  it('a form feed inside a link splits the paragraph and the link, both halves keeping the address', () => {
    const bs = blocks(root(p(el('link', [text('ab\fcd')], { url: 'https://example.org' }))));
    expect(bs).toHaveLength(2);
    for (const b of bs) expect(kids(b)[0]).toMatchObject({ type: 'link', url: 'https://example.org' });
  });

  it('cleans the placeholder node’s text and bounds it to 1,000 characters', () => {
    const r = norm(root(p({ type: 'placeholder', version: 1, text: 'Objective\u0000\u000B' + 'x'.repeat(1200) })));
    const ph = inlineOf(r.content as unknown as J)[0]!;
    expect(ph).toEqual({ type: 'placeholder', version: 1, text: ('Objective ' + 'x'.repeat(1200)).slice(0, 1000) });
    expect(r.cleaned.characters).toBe(2);
  });
});

describe('links', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\u0000 javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'FILE://C:/Windows/system32/calc.exe',
    '\\\\evil.example\\share\\x.exe',
    '//evil.example/x',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x&crumb=location:\\\\evil',
    'sms:+15555555555',
    'tel:+15555555555',
    'https://' + 'a'.repeat(3_000_000),
    'https://',
    'not a url',
    42,
    null,
  ];
  it.each(hostile.map((u) => [typeof u === 'string' ? JSON.stringify(u.slice(0, 60)) : String(u), u]))(
    '%s becomes plain text, its words kept',
    (_label, url) => {
      const r = norm(root(p(text('see '), link(url))));
      expect(inlineOf(r.content as unknown as J).map((n) => [n.type, n.text])).toEqual([
        ['text', 'see '],
        ['text', 'the words'],
      ]);
      expect(r.cleaned.links).toBe(1);
    },
  );

  it('keeps http, https and mailto links, with rel fixed by us and target only _blank', () => {
    const r = norm(
      root(
        p(
          link('https://example.org/a?b=c#d', { rel: 'opener', target: '_top', title: 'T' }),
          link('http://example.org', { target: '_blank' }),
          link('mailto:a@example.org?subject=Hi&body=Text'),
        ),
      ),
    );
    const [a, b, c] = inlineOf(r.content as unknown as J);
    expect(a).toMatchObject({ url: 'https://example.org/a?b=c#d', rel: 'noreferrer', target: null, title: 'T' });
    expect(b).toMatchObject({ url: 'http://example.org', target: '_blank' });
    expect(c).toMatchObject({ url: 'mailto:a@example.org?subject=Hi&body=Text' });
    expect(r.cleaned).toEqual({ ...noneCleaned(), values: 2 });
  });

  it('mailto keeps subject, cc, bcc and body only (attach= goes)', () => {
    expect(safeLinkUrl('mailto:a@example.org?attach=C:\\secret.txt&subject=x&Attachment=y&CC=b@example.org')).toEqual({
      url: 'mailto:a@example.org?subject=x&CC=b@example.org',
      changed: true,
    });
    expect(safeLinkUrl('mailto:a@example.org?attach=/etc/passwd')).toEqual({
      url: 'mailto:a@example.org',
      changed: true,
    });
  });

  it('takes U+FFFE, U+FFFF and controls out of an address it keeps', () => {
    expect(safeLinkUrl(' https://example.org/\uFFFEa\uFFFF ')).toEqual({ url: 'https://example.org/a', changed: true });
  });

  it('a link in a link gives up its address', () => {
    const inner = link('https://inner.example');
    const r = norm(root(p(el('link', [text('a '), inner], { url: 'https://outer.example' }))));
    const outer = inlineOf(r.content as unknown as J)[0]!;
    expect(outer.url).toBe('https://outer.example');
    expect(kids(outer).map((n) => n.type)).toEqual(['text', 'text']);
  });

  it('an address at 2,048 characters is kept, one longer is not', () => {
    const base = 'https://example.org/';
    expect(safeLinkUrl(base + 'a'.repeat(2048 - base.length))).not.toBeNull();
    expect(safeLinkUrl(base + 'a'.repeat(2049 - base.length))).toBeNull();
  });
});

describe('values', () => {
  it('clamps table spans to whole numbers 1–63 (finding 1: 1e7 and 1e308)', () => {
    const t = first(root(table([cell([p(text('x'))], { colSpan: 1e7, rowSpan: 1e308 }), cell([], { colSpan: -3 })])));
    const cells = kids(kids(t)[0]!);
    expect(cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [63, 63],
      [1, 1],
    ]);
    const odd = kids(kids(first(root(table([cell([], { colSpan: 2.6, rowSpan: 'x' })]))))[0]!)[0]!;
    expect([odd.colSpan, odd.rowSpan]).toEqual([3, 1]);
  });

  it('indent 0–10, list start 1–10,000, known mode, format, direction, tag and list type; style emptied', () => {
    const r = norm(
      root(
        el(
          'paragraph',
          [text('x', { style: 'position:fixed; top:0; left:0; width:100%', mode: 'bogus', format: 1e9 })],
          {
            indent: 1e6,
            direction: 'sideways',
            format: 'everywhere',
            textStyle: 'color:red',
          },
        ),
        list([item(text('y'))], { start: -5, listType: 'roman', tag: 'script' }),
        el('heading', [text('z')], { tag: 'h9' }),
      ),
    );
    const [para, l, h] = r.content.root.children as unknown as J[];
    expect(para).toMatchObject({ indent: 10, direction: null, format: '', textStyle: '' });
    expect(kids(para!)[0]).toMatchObject({ style: '', mode: 'normal', format: 1e9 & 0x7ff });
    expect(l).toMatchObject({ start: 1, listType: 'number', tag: 'ol' });
    expect(h).toMatchObject({ tag: 'h1' });
    expect(r.cleaned.values).toBeGreaterThanOrEqual(9);
    expect(describeCleaned(r.cleaned)).toContain('made safe');
  });

  it('rebuilds each node from its known fields only', () => {
    const n = first(root(p(text('x', { onclick: 'alert(1)', __proto__: { polluted: true } })))) as J;
    expect(Object.keys(kids(n)[0]!).sort()).toEqual(['detail', 'format', 'mode', 'style', 'text', 'type', 'version']);
    expect(({} as J).polluted).toBeUndefined();
  });
});

describe('shape (what the exporter needs)', () => {
  it('lifts a table out of a list item; the list goes on after it, numbering carried on', () => {
    const r = norm(
      root(
        list([item(text('one')), item(text('two'), table([cell([p(text('t'))])])), item(text('three'))], {
          listType: 'number',
          tag: 'ol',
          start: 1,
        }),
      ),
    );
    const bs = r.content.root.children as unknown as J[];
    expect(bs.map((b) => b.type)).toEqual(['list', 'table', 'list']);
    expect(bs[2]!.start).toBe(3);
    expect(plainText(r.content)).toBe('one\ntwo\nt\nthree');
    expect(r.cleaned.moved).toBeGreaterThan(0);
  });

  it('a paragraph inside a list item gives its words to the item (issue 14, item 4)', () => {
    const l = first(root(list([item(p(text('a')), p(text('b')))])));
    expect(kids(l).map((i) => kids(i).map((n) => n.text))).toEqual([['a'], ['b']]);
  });

  it('keeps Lexical’s nested list shape', () => {
    const nested = list([item(list([item(text('inner'))]))]);
    const l = first(root(nested));
    expect(kids(kids(l)[0]!)[0]!.type).toBe('list');
    expect(kids(kids(kids(l)[0]!)[0]!)[0]).toMatchObject({ type: 'listitem', indent: 1 });
  });

  it('a table nested in a cell becomes rows of text, cells separated by tabs', () => {
    const inner = table([cell([p(text('a'))]), cell([p(text('b'))])], [cell([p(text('c'))]), cell([p(text('d'))])]);
    const t = first(root(table([cell([inner])])));
    const c = kids(kids(t)[0]!)[0]!;
    expect(kids(c).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(kids(kids(c)[0]!).map((n) => n.type)).toEqual(['text', 'tab', 'text']);
  });

  it('a block inside a paragraph is lifted out of it; text at the root is put in a paragraph', () => {
    const bs = blocks(root(p(text('before'), el('quote', [text('q')]), text('after')), text('loose')));
    expect(bs.map((b) => b.type)).toEqual(['paragraph', 'quote', 'paragraph', 'paragraph']);
  });

  it('a table holds rows of cells; stray cells are wrapped, empty rows and tables go', () => {
    const bs = blocks(root(el('table', [cell([p(text('x'))]), el('tablerow', []), p(text('stray'))]), table()));
    expect(bs.map((b) => b.type)).toEqual(['table', 'paragraph']);
    expect(kids(bs[0]!)).toHaveLength(1);
  });

  it('leaves well-formed content exactly as it is', () => {
    const good = root(
      p(text('Hello', { format: 1 }), { type: 'linebreak', version: 1 }, link('https://example.org')),
      el('heading', [text('H')], { tag: 'h2' }),
    );
    const r = norm(good);
    expect(r.cleaned).toEqual(noneCleaned());
    expect(norm(r.content as unknown as J)).toEqual(r);
    expect(norm(doc('a', 'b') as unknown as J).content).toEqual(doc('a', 'b'));
  });
});

describe('refused (cannot be made safe without losing text)', () => {
  const refused = (content: unknown) => {
    try {
      normaliseContent(content);
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      return (e as Error).message;
    }
    throw new Error('not refused');
  };

  it('an unknown node type, by name and path', () => {
    expect(refused(root(p(text('x'), { type: 'image', version: 1 })))).toBe(
      'content.root.children.0.children.1.type: unknown node type "image"',
    );
  });

  it('a document nested too deep', () => {
    let node: J = text('deep');
    for (let i = 0; i < MAX_DEPTH + 5; i++) node = el('quote', [node]);
    expect(refused(root(node))).toContain(`nested more than ${MAX_DEPTH} levels deep`);
  });

  it('no root, a root inside, text that is not text', () => {
    expect(refused({})).toContain('must be an editor state with a root');
    expect(refused(root(p(el('root', []))))).toContain('a root node may only be at the top');
    expect(refused(root(p(text('x', { text: 5 }))))).toContain('text: must be a string');
  });
});

describe('clipboard nodes (normaliseNodes)', () => {
  it('keeps inline nodes inline and cleans their links', () => {
    const r = normaliseNodes([text('a\u0000'), link('javascript:alert(1)')]);
    expect(r.content.map((n) => n.type)).toEqual(['text', 'text']);
    expect(r.cleaned).toMatchObject({ characters: 1, links: 1 });
  });

  it('gives blocks when a node needs them', () => {
    const r = normaliseNodes([list([item(text('x'), table([cell([])]))])]);
    expect(r.content.map((n) => n.type)).toEqual(['list', 'table']);
  });
});

it('plainText still gives the words of a note', () => {
  const content = norm(root(p(text('a'), { type: 'tab', version: 1 }, text('b')))).content as NoteContent;
  expect(plainText(content)).toBe('a\tb');
});

describe('field nodes', () => {
  it('keeps the person a person field names, and no person on any other field', () => {
    const r = norm(
      root(
        p(
          { type: 'field', version: 1, field: 'person', personId: 'demo-person-oktay' },
          { type: 'field', version: 1, field: 'visit.city', personId: 'demo-person-oktay' },
          { type: 'field', version: 1, field: 'person', personId: '../../etc' },
        ),
      ),
    );
    expect(inlineOf(r.content as unknown as J)).toEqual([
      { type: 'field', version: 1, field: 'person', personId: 'demo-person-oktay' },
      { type: 'field', version: 1, field: 'visit.city' },
      { type: 'field', version: 1, field: 'person' },
    ]);
    expect(r.cleaned.values).toBe(2);
  });

  it('keeps the names-with-native-script kinds, the person one with its person', () => {
    const r = norm(
      root(
        p(
          { type: 'field', version: 1, field: 'person.name.native', personId: 'demo-person-tokayev' },
          { type: 'field', version: 1, field: 'visit.counterpart.name.native', personId: 'demo-person-tokayev' },
          { type: 'field', version: 1, field: 'visit.principal.name.native' },
        ),
      ),
    );
    expect(inlineOf(r.content as unknown as J)).toEqual([
      { type: 'field', version: 1, field: 'person.name.native', personId: 'demo-person-tokayev' },
      { type: 'field', version: 1, field: 'visit.counterpart.name.native' },
      { type: 'field', version: 1, field: 'visit.principal.name.native' },
    ]);
    expect(r.cleaned.values).toBe(1);
  });
});
