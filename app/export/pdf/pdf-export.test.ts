import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import { runCli } from '../../cli/run';
import { seedDemo } from '../../demo/seed';
import { DEMO_VISIT_ID } from '../../demo/kazakhstan-turkey';
import type { Note } from '../../domain/note';
import { doc, openTestStore, value } from '../../testing/fixtures';
import { tempDir } from '../../testing/temp';
import { chromiumPath, chromiumRenderer } from './chromium-renderer';
import type { PdfExport } from './export-pdf';
import type { PdfRenderer } from './pdf-renderer';

/** Poppler's tools read the PDFs as any other reader would; Chromium writes them. */
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const hasChromium = (() => {
  try {
    return !!chromiumPath();
  } catch {
    return false;
  }
})();
if (!hasChromium || !hasPoppler) {
  console.warn(
    `SKIPPING the PDF export tests: ${hasChromium ? '' : 'no Chromium (apt-get install chromium) '}${hasPoppler ? '' : 'no poppler-utils (pdftotext, pdfinfo, pdffonts)'}`,
  );
}

function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

let renderer: PdfRenderer;
let t: ReturnType<typeof openTestStore>;
let dispatch: ReturnType<typeof createDispatch>;
const tmp = tempDir('briefing-pdf-');

beforeAll(() => {
  renderer = chromiumRenderer();
});
afterAll(async () => {
  await renderer.close();
  tmp.cleanup();
});
beforeEach(() => {
  t = openTestStore();
  seedDemo(t.store);
  dispatch = createDispatch(createHandlers(t.store, { pdf: renderer }), (e) => {
    throw e;
  });
});
afterEach(() => t.close());

async function pdfOf(target: object): Promise<{ file: string; out: PdfExport; pages: string[]; info: string }> {
  const out = value(await dispatch('export.pdf', target)) as PdfExport;
  const file = tmp.file(`${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, Buffer.from(out.base64, 'base64'));
  const info = poppler('pdfinfo', [file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    poppler('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']),
  );
  return { file, out, pages, info };
}

async function addNote(title: string, content = doc('Text of the note.'), extra: object = {}): Promise<Note> {
  return value(await t.dispatch('notes.create', { visitId: DEMO_VISIT_ID, title, content, ...extra })) as Note;
}

describe.skipIf(!hasChromium || !hasPoppler)('PDF export (Chromium, read back with poppler)', () => {
  it('the demo briefing book: marking and "Page X of Y" on every page, contents numbers where each brief starts, fonts embedded', async () => {
    const { file, out, pages, info } = await pdfOf({ visitId: DEMO_VISIT_ID });
    expect(out.pages).toBe(pages.length);
    expect(out.fileName).toMatch(/^Briefing pack - .*\.pdf$/);
    expect(info).toMatch(/^Title:\s+Briefing pack: Official visit/m);
    expect(info).toMatch(/^Author:\s+\S/m);
    expect(info).toMatch(/^Tagged:\s+yes/m);
    pages.forEach((text, i) => {
      // Every page carries a marking: its brief's own, or the highest of the book (the demo has a RESTRICTED record).
      expect(text, `page ${i + 1}`).toMatch(/^\s*(OFFICIAL|RESTRICTED)( — DRAFT)?\s*$/m);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // Every contents entry's number is the page on which that heading stands.
    const contents = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
    expect(contents).toBeGreaterThanOrEqual(0);
    const entries = [...pages[contents]!.matchAll(/^\s*((?:Programme|Brief \d+ — ).*?)\s+(\d+)\s*$/gm)];
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [, heading, number] of entries) {
      const start = pages.findIndex((p, i) => i !== contents && p.includes(heading!.slice(0, 30)));
      expect(start + 1, heading).toBe(Number(number));
    }
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('a RESTRICTED brief in an OFFICIAL visit: its pages say RESTRICTED, the front matter the highest marking', async () => {
    await addNote('Restricted brief', doc('Sensitive line to take.'), { classification: 'RESTRICTED' });
    const { pages } = await pdfOf({ visitId: DEMO_VISIT_ID });
    const brief = pages.findIndex((p) => /Brief \d+ — Restricted brief/.test(p) && !/Contents/.test(p));
    expect(pages[brief]).toMatch(/RESTRICTED — DRAFT/);
    expect(pages[0]).toMatch(/RESTRICTED — DRAFT/); // the cover
    const official = pages.filter((p) => /OFFICIAL — DRAFT/.test(p) && !/RESTRICTED/.test(p));
    expect(official.length).toBeGreaterThan(0); // the other briefs keep their own
  });

  it('a note alone: its own marking, no DRAFT once cleared, US Letter when asked', async () => {
    const note = await addNote('Cleared brief', doc('Final text.'), { classification: 'RESTRICTED' });
    value(await t.dispatch('notes.setStatus', { id: note.id, status: 'review' }));
    value(await t.dispatch('notes.setStatus', { id: note.id, status: 'cleared' }));
    const { pages, info } = await pdfOf({ noteId: note.id, paper: 'Letter' });
    expect(info).toMatch(/Page size:\s+61\d(\.\d+)? x 79\d(\.\d+)? pts \(letter\)/);
    expect(pages[0]).toContain('RESTRICTED');
    expect(pages[0]).not.toContain('DRAFT');
    expect(pages[0]).toContain('Final text.');
  });

  it('hostile text prints inside the page: a 100,000-character word, right-to-left overrides, emoji sequences', async () => {
    const long = 'x'.repeat(100_000);
    const note = await addNote(
      'Hostile',
      doc(long, '\u202Eevil.exe\u202C and \u2067שלום\u2069', '👩🏽‍💻 🇰🇿 🏳️‍🌈'.repeat(50)),
    );
    const { file, pages } = await pdfOf({ noteId: note.id });
    expect(pages.length).toBeGreaterThan(5);
    const bbox = poppler('pdftotext', ['-bbox', file, '-']);
    const width = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
    for (const m of bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(width);
    }
  });
});

describe.skipIf(!hasChromium || !hasPoppler)('briefing export-pdf', () => {
  it('writes the briefing book and says how many pages; a wrong --paper is a usage error', async () => {
    const out = tmp.file('pack.pdf');
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s), env: process.env };
    expect(await runCli(['--db', t.file, 'export-pdf', '--visit', DEMO_VISIT_ID, '--out', out], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Written: .*pack\.pdf \(\d+ pages\)$/);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await runCli(['--db', t.file, 'export-pdf', '--visit', DEMO_VISIT_ID, '--out', out, '--paper', 'A3'], io),
    ).toBe(2);
    expect(lines.at(-1)).toMatch(/--paper must be A4 or Letter/);
  });
});

describe.skipIf(!hasChromium || !hasPoppler)('the Chromium renderer', () => {
  it('runs no script of the page and reaches nothing but the print origin', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await renderer.render(
        `<!doctype html><p id="p">Static text</p><img src="http://127.0.0.1:${port}/tracker.png">` +
          `<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css">` +
          `<script>document.getElementById('p').textContent = 'A script ran'</script>`,
      );
      const file = tmp.file('locked.pdf');
      fs.writeFileSync(file, pdf);
      const text = poppler('pdftotext', [file, '-']);
      expect(text).toContain('Static text');
      expect(text).not.toContain('A script ran');
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('a Chromium that dies at start-up is a clear "unavailable", not a hang', async () => {
    const broken = chromiumRenderer({ CHROMIUM_PATH: '/bin/false' });
    await expect(broken.render('<p>x</p>')).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^Chromium \(\/bin\/false\) could not make the PDF: /),
    });
    await broken.close();
  });
});

describe('a Chromium that never answers', () => {
  it('is given up on with one clear line, and ended, instead of hanging the export', async () => {
    const silent = tmp.file('silent-chromium');
    fs.writeFileSync(silent, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    const stuck = chromiumRenderer({ CHROMIUM_PATH: silent }, { answerWithinMs: 300 });
    const started = Date.now();
    await expect(stuck.render('<p>x</p>')).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/could not make the PDF: Chromium did not answer within 0.3 s \(starting\)$/),
    });
    await stuck.close();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe.skipIf(!hasChromium || !hasPoppler)('a Chromium that failed to start', () => {
  it('is started again by the next export, not left failed for good', async () => {
    const wrapper = tmp.file('flaky-chromium');
    fs.writeFileSync(wrapper, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const renderer = chromiumRenderer({ CHROMIUM_PATH: wrapper });
    try {
      await expect(renderer.render('<p>First</p>')).rejects.toMatchObject({ code: 'unavailable' });
      fs.writeFileSync(wrapper, `#!/bin/sh\nexec ${chromiumPath()} "$@"\n`, { mode: 0o755 });
      const pdf = await renderer.render('<p>Second</p>');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await renderer.close();
    }
  });
});

describe('PDF export without a renderer', () => {
  it('answers "unavailable" with a sentence, not a crash', async () => {
    const r = await t.dispatch('export.pdf', { visitId: DEMO_VISIT_ID });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'unavailable', message: 'PDF export is not available here.' });
  });
  it('names what to install when Chromium is not found', () => {
    expect(() => chromiumPath({}, ['/nonexistent/chromium'])).toThrow(/needs Chromium: install it/);
  });
});
