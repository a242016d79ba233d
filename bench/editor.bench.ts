import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { seedDemo } from '../app/demo/seed';
import type { NoteContent } from '../app/domain/content';
import { APP_URL, attach, createHarness, must } from '../e2e/browser/harness';
import { longNote } from '../e2e/browser/noteContent';
import { launchBenchChromium } from './lib/chromium';
import { TRACE_CATEGORIES, workPerKeyPress } from './lib/main-thread-work';
import { percentile } from './lib/percentile';
import type { BenchRow } from './types';

/**
 * The editor in Chromium, with the same harness as the browser suite (built renderer, real
 * handlers): typing latency in the middle of a ~50-page note, opening that note, and how often
 * autosave writes during a 10 s typing burst. Needs a fresh `node scripts/build.mjs renderer`.
 */
const PARAGRAPHS = 1500;
const SECTION = 'editor';

/**
 * The long note with two of the demo visit's people under other spellings every 50 paragraphs
 * ("F. Oktay", "Chavoshuglu"): the names check has underlines to keep up to date as the user types.
 */
function withOtherSpellings(content: NoteContent): NoteContent {
  const copy = structuredClone(content);
  copy.root.children.forEach((block, i) => {
    const text = (block as { children?: { text?: string }[] }).children?.[0];
    if (i % 50 === 25 && block.type === 'paragraph' && text?.text) {
      text.text = text.text.replace('both delegations', 'F. Oktay and Chavoshuglu');
    }
  });
  return copy;
}

const NAME_UNDERLINES = `CSS.highlights.get('briefing-name-issue')?.size ?? 0`;

/**
 * Opens the note from the visit's notes list. Returns ms from the click, and ms from the moment
 * the note's data arrived (User Timing mark in NoteView), to the frame that shows its last block.
 * The second excludes the test harness's transport (a worker and a routed request), not Electron's IPC.
 */
async function timeOpen(
  page: Page,
  visitId: string,
  title: string,
  blocks: number,
): Promise<{ total: number; render: number }> {
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  await page.getByRole('table', { name: 'Notes' }).waitFor();
  // In-page code is passed as text: tsx would otherwise wrap named functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    performance.clearMarks('briefing:note-data');
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === ${JSON.stringify(title)});
    if (!button) return reject(new Error('note not listed'));
    const start = performance.now();
    button.click();
    const poll = () => {
      const editor = document.getElementById('note-editor-content');
      if (editor && editor.childElementCount >= ${blocks}) {
        // The frame after the content is in the DOM is the one that shows it.
        requestAnimationFrame(() => setTimeout(() => {
          const end = performance.now();
          const data = performance.getEntriesByName('briefing:note-data').pop();
          resolve({ total: end - start, render: end - (data ? data.startTime : start) });
        }, 0));
      } else requestAnimationFrame(poll);
    };
    poll();
  })`) as Promise<{ total: number; render: number }>;
}

/** Installs a recorder: for each key press, ms from the keydown to the frame that follows it. */
async function recordKeyToFrame(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__latencies = [];
    window.__domLatencies = [];
    if (window.__stopRecording) window.__stopRecording();
    let pressed = 0;
    const observer = new MutationObserver(() => {
      if (pressed) window.__domLatencies.push(performance.now() - pressed);
      pressed = 0;
    });
    observer.observe(document.getElementById('note-editor-content'), { subtree: true, characterData: true, childList: true });
    const onKey = (e) => {
      pressed = e.timeStamp;
      const at = e.timeStamp;
      requestAnimationFrame(() => {
        // After rAF the frame is being produced; a message task lands once it is out.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__latencies.push(performance.now() - at);
        channel.port2.postMessage(null);
      });
    };
    document.addEventListener('keydown', onKey, true);
    window.__stopRecording = () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey, true);
    };
  })()`);
}

/** The caret into the middle of the note, `after` blocks past the middle one. */
async function caretIntoMiddle(page: Page, blocks: number, after = 0): Promise<void> {
  await page.evaluate(`(() => {
    const editor = document.getElementById('note-editor-content');
    const block = editor.children[${Math.floor(blocks / 2) + after}];
    block.scrollIntoView({ block: 'center' });
    const text = (block.firstChild && block.firstChild.firstChild) || block;
    const range = document.createRange();
    range.setStart(text, Math.min(10, (text.textContent || '').length));
    range.collapse(true);
    editor.focus();
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  await page.waitForTimeout(200);
}

interface Typing {
  p50: number;
  p95: number;
  domP95: number;
  keys: number;
  /** Main-thread work per key press (from a trace of a second run), p50 and p95. */
  workP50: number;
  workP95: number;
}

const SENTENCES = 'The ministers agreed to meet again before the summit in Turkestan. '.repeat(6);

/**
 * Types six sentences (402 keys) at 35 ms a key in the middle of the open note, twice: once timed in the
 * page (key press to next frame), once under a Chromium trace (work per key press). Tracing slows
 * the page, so the two are not measured in the same run.
 */
async function typeInMiddle(browser: Browser, page: Page, blocks: number): Promise<Typing> {
  await recordKeyToFrame(page);
  await caretIntoMiddle(page, blocks);
  await page.keyboard.type(SENTENCES, { delay: 35 });
  const frames = (await page.evaluate('window.__latencies')) as number[];
  const dom = (await page.evaluate('window.__domLatencies')) as number[];
  // The recorder's observer and listeners are not the app's: gone before anything else is measured.
  await page.evaluate('window.__stopRecording()');

  await caretIntoMiddle(page, blocks);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.keyboard.type(SENTENCES, { delay: 35 });
  const work = workPerKeyPress(await browser.stopTracing());
  return {
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    domP95: percentile(dom, 95),
    keys: frames.length,
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
  };
}

/**
 * A page holding a copy of the app's editor as rendered (its DOM and style sheets), no app code;
 * `scripts` (HTML) are added at the end of the body.
 */
async function copyOfEditorPage(browser: Browser, app: Page, scripts = ''): Promise<Page> {
  const copy = (await app.evaluate(`(() => ({
    css: Array.from(document.styleSheets).map((s) => Array.from(s.cssRules).map((r) => r.cssText).join('\\n')).join('\\n'),
    html: document.querySelector('.editor-shell').outerHTML,
  }))()`)) as { css: string; html: string };
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.setContent(
    `<!doctype html><html><head><style>${copy.css}</style></head><body><div class="app"><main class="app-main">` +
      `<section class="page note-page">${copy.html}</section></main></div>${scripts}</body></html>`,
  );
  return page;
}

/**
 * The browser's own share: the note as the app rendered it in a plain contenteditable page with
 * no script at all, typed into the same way. What the app adds (Lexical, React, autosave) is the
 * difference from this figure.
 */
async function typeInPlainCopy(browser: Browser, app: Page, blocks: number): Promise<Typing> {
  const page = await copyOfEditorPage(browser, app);
  try {
    return await typeInMiddle(browser, page, blocks);
  } finally {
    await page.close();
  }
}

/**
 * Main-thread work per key press only (a traced run), for the interleaved rounds; typed `after`
 * blocks past the middle one. Each run of a round types into a paragraph of its own, as long in
 * every page: the longer the paragraph, the more the browser lays out at each key.
 */
async function tracedWork(browser: Browser, page: Page, blocks: number, after: number): Promise<number> {
  await caretIntoMiddle(page, blocks, after);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.keyboard.type(SENTENCES, { delay: 35 });
  return percentile(workPerKeyPress(await browser.stopTracing()), 95);
}

/** The bare-Lexical page's script (bench/pages/bare-lexical.ts), bundled as production code. */
async function bareLexicalScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, 'pages', 'bare-lexical.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'chrome130',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  if (code.includes('</script')) throw new Error('the bare-Lexical bundle cannot be inlined');
  return code;
}

/**
 * The same note in Lexical alone (see bench/pages/bare-lexical.ts), in the copied page: the floor
 * any Lexical editor sets, between the plain page and the app.
 */
async function bareLexicalPage(browser: Browser, app: Page, content: unknown, blocks: number): Promise<Page> {
  const json = JSON.stringify(JSON.stringify(content)).replace(/<\//g, '<\\/');
  const page = await copyOfEditorPage(
    browser,
    app,
    `<script>window.__noteJson = ${json};</script><script>${await bareLexicalScript()}</script>`,
  );
  await page.waitForFunction(
    `window.__bareReady && document.getElementById('note-editor-content').childElementCount >= ${blocks}`,
  );
  return page;
}

/**
 * Find in the open note: ms from the query being typed in the Find box to the frame that shows
 * every match highlighted, for common words (hundreds of matches in the long note).
 */
async function timeFindAll(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.keyboard.press('Control+f');
  const input = page.getByRole('search', { name: 'Find and replace' }).getByLabel('Find', { exact: true });
  await input.waitFor();
  const times: number[] = [];
  for (const query of queries) {
    times.push(
      (await page.evaluate(`new Promise((resolve) => {
          const input = document.querySelector('input[aria-label="Find"]');
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setValue.call(input, '');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          setTimeout(() => {
            const start = performance.now();
            setValue.call(input, ${JSON.stringify(query)});
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // Polled by timer, not by frame: a frame callback may never come in a hidden page.
            const poll = () => {
              // Marked: the current match, and the others on and near the screen.
              const marked = ['briefing-find', 'briefing-find-current'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
              if (marked > 0) resolve(performance.now() - start);
              else if (performance.now() - start > 5000) resolve(-1);
              else setTimeout(poll, 1);
            };
            poll();
          }, 50);
        })`)) as number,
    );
  }
  return times;
}

const findBar = (page: Page) => page.getByRole('search', { name: 'Find and replace' });
const findInput = (page: Page) => findBar(page).getByLabel('Find', { exact: true });

/** Find opened on `query` from the note, its matches marked. */
async function openFind(page: Page, query: string): Promise<void> {
  if (!(await findBar(page).isVisible())) {
    await page.locator('#note-editor-content').focus();
    await page.keyboard.press('Control+f');
  }
  await findInput(page).fill(query);
  await page.waitForFunction(`(CSS.highlights.get('briefing-find')?.size ?? 0) > 0`);
}

async function closeFind(page: Page): Promise<void> {
  await findInput(page).press('Escape');
  await findBar(page).waitFor({ state: 'hidden' });
}

async function openByUrl(page: Page, visitId: string, noteId: string, blocks: number): Promise<void> {
  await page.goto(`${APP_URL}#/visits/${visitId}/notes/${noteId}`);
  await page.locator(`#note-editor-content > :nth-child(${blocks})`).waitFor({ state: 'attached' });
}

/** The lowest and highest of a set of ratios, as "1.10–1.35". */
function spread(values: readonly number[]): string {
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
}

export async function run(): Promise<BenchRow[]> {
  const h = createHarness();
  const browser = await launchBenchChromium();
  try {
    const { visitId } = seedDemo(h.store);
    const create = async (title: string, paragraphs: number) => {
      const created = await must<{ id: string; revision: number }>(h, 'notes.create', { visitId, title });
      const content = withOtherSpellings(longNote(paragraphs));
      await must(h, 'notes.save', { id: created.id, baseRevision: created.revision, content });
      return { id: created.id, blocks: content.root.children.length, content };
    };
    const title = 'Fifty-page background note';
    const long = await create(title, PARAGRAPHS);
    const short = await create('One-page note', 10);

    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // Calls leave the page as they do under Electron (a structured clone), not through Playwright's serialiser.
    await attach(page, h, { transport: 'worker' });

    const opens: { total: number; render: number }[] = [];
    for (let i = 0; i < 6; i++) opens.push(await timeOpen(page, visitId, title, long.blocks));
    opens.shift(); // the first open also compiles the app's code
    const openRender = percentile(
      opens.map((o) => o.render),
      50,
    );
    const openTotal = percentile(
      opens.map((o) => o.total),
      50,
    );

    // Same measurement on a one-page note first: the floor this machine and browser set.
    await openByUrl(page, visitId, short.id, short.blocks);
    const floor = await typeInMiddle(browser, page, short.blocks);
    await openByUrl(page, visitId, long.id, long.blocks);
    const typing = await typeInMiddle(browser, page, long.blocks);
    const plain = await typeInPlainCopy(browser, page, long.blocks);
    await page.bringToFront();

    // Find: every match of a common word highlighted.
    const findTimes = await timeFindAll(
      page,
      Array.from({ length: 12 }, (_, i) => ['the', 'and'][i % 2]!),
    );
    const findOk = findTimes.slice(1).filter((t) => t >= 0);
    const findP95 = findOk.length ? percentile(findOk, 95) : -1;
    await closeFind(page);

    // The app / plain ratio, stable on a busy machine: app and plain runs interleaved, several
    // rounds, the median ratio and its spread. Each round types six sentences under a trace in:
    // the app with Find open on a common word ("and": its matches highlighted) and the names
    // check on; the app with Find closed; Lexical alone; the plain contenteditable.
    // What the figure claims: the other spellings underlined while the app is typed into.
    await page.waitForFunction(`(${NAME_UNDERLINES}) > 0`, undefined, { timeout: 10_000 });
    const underlines = (await page.evaluate(NAME_UNDERLINES)) as number;
    const plainPage = await copyOfEditorPage(browser, page);
    const barePage = await bareLexicalPage(browser, page, long.content, long.blocks);
    const ratios: number[] = [];
    const closedRatios: number[] = [];
    const bareRatios: number[] = [];
    const overBare: number[] = [];
    const appWork: number[] = [];
    const closedWork: number[] = [];
    const plainWork: number[] = [];
    const bareWork: number[] = [];
    for (let round = 0; round < 7; round++) {
      await page.bringToFront();
      // Past the paragraph typed into above; the app's two runs each in a fresh one.
      const fresh = 10 + 2 * round;
      const d = await tracedWork(browser, page, long.blocks, fresh);
      await openFind(page, 'and');
      const a = await tracedWork(browser, page, long.blocks, fresh + 1);
      await closeFind(page);
      await barePage.bringToFront();
      const c = await tracedWork(browser, barePage, long.blocks, fresh);
      await plainPage.bringToFront();
      const b = await tracedWork(browser, plainPage, long.blocks, fresh);
      appWork.push(a);
      closedWork.push(d);
      bareWork.push(c);
      plainWork.push(b);
      ratios.push(a / b);
      closedRatios.push(d / b);
      bareRatios.push(c / b);
      overBare.push(d / c);
    }
    await plainPage.close();
    await barePage.close();
    await page.bringToFront();
    const ratioMedian = percentile(ratios, 50);

    // A 10 s burst at a steady pace (a fast typist), then the last keystroke must be saved.
    const saveState = page.getByRole('status', { name: 'Save state' });
    await saveState.filter({ hasText: 'All changes saved' }).waitFor({ timeout: 30_000 });
    const before = h.calls.length;
    const started = Date.now();
    const burst = 'Bilateral trade exceeded three billion dollars. ';
    let keys = 0;
    while (Date.now() - started < 10_000) {
      await page.keyboard.type(burst[keys % burst.length]!);
      keys++;
      await page.waitForTimeout(45);
    }
    const burstMs = Date.now() - started;
    await page.keyboard.type('END-OF-BURST');
    await saveState.filter({ hasText: 'All changes saved' }).waitFor({ timeout: 30_000 });
    const saves = h.calls.slice(before).filter((c) => c.op === 'notes.save');
    const gaps = saves.slice(1).map((s, i) => s.at - saves[i]!.at);
    const stored = await must<{ content: unknown }>(h, 'notes.get', { id: long.id });
    const lastSaved = JSON.stringify(stored.content).includes('END-OF-BURST');
    const allowed = Math.floor(burstMs / 500) + 1;

    const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
      section: SECTION,
      name,
      value,
      unit,
      ...extra,
    });
    return [
      row(`open a ${PARAGRAPHS}-paragraph note: data in hand to first frame (median of 5)`, openRender, 'ms', {
        target: '< 300 ms',
        met: openRender < 300,
      }),
      row('open that note: click to first frame, incl. the harness transport', openTotal, 'ms'),
      row(`key press to next frame, middle of the note, p50 (${typing.keys} keys)`, typing.p50, 'ms'),
      row('key press to next frame (incl. the wait for the 60 Hz frame), middle of the note, p95', typing.p95, 'ms', {
        target: '< 16 ms',
        met: typing.p95 < 16,
        ratio: typing.p95 / floor.p95,
        ratioLabel: `of a 1-page note (${floor.p95.toFixed(1)} ms)`,
      }),
      row('the same note in a plain contenteditable (no app code): key press to next frame, p95', plain.p95, 'ms', {
        ratio: typing.p95 / plain.p95,
        ratioLabel: 'app / plain',
      }),
      row(`main-thread work per key press, middle of the note, p50 (Chromium trace)`, typing.workP50, 'ms'),
      // What must fit one 60 Hz frame; the wait for that frame (up to 16.7 ms) is not in it.
      row('main-thread work per key press, middle of the note, p95', typing.workP95, 'ms', {
        target: '< 16 ms',
        met: typing.workP95 < 16,
        ratio: typing.workP95 / floor.workP95,
        ratioLabel: `of a 1-page note (${floor.workP95.toFixed(1)} ms)`,
      }),
      row('the same in the plain contenteditable: main-thread work per key press, p95', plain.workP95, 'ms', {
        ratio: typing.workP95 / plain.workP95,
        ratioLabel: 'app / plain',
      }),
      row(
        `main-thread work per key press, p95, app / plain, interleaved, median of ${ratios.length} rounds (find highlights and ${underlines} name underlines on)`,
        ratioMedian,
        '×',
        {
          target: '≤ 1.2×',
          met: ratioMedian <= 1.2,
          ratioLabel: `app / plain, spread ${spread(ratios)}; app ${percentile(appWork, 50).toFixed(1)} ms, plain ${percentile(plainWork, 50).toFixed(1)} ms (medians)`,
          ratio: ratioMedian,
        },
      ),
      row(
        `the same with Find closed (names check on), app / plain, median of ${closedRatios.length} rounds`,
        percentile(closedRatios, 50),
        '×',
        {
          ratio: percentile(closedRatios, 50),
          ratioLabel: `app / plain, spread ${spread(closedRatios)}; app ${percentile(closedWork, 50).toFixed(1)} ms (median)`,
        },
      ),
      row(
        `the same, Lexical alone (no React, no app plugins) / plain, interleaved, median of ${bareRatios.length} rounds`,
        percentile(bareRatios, 50),
        '×',
        {
          ratio: percentile(bareRatios, 50),
          ratioLabel: `Lexical / plain, spread ${spread(bareRatios)}; Lexical ${percentile(bareWork, 50).toFixed(1)} ms (median)`,
        },
      ),
      row(
        `the same, app with Find closed / Lexical alone: what the app adds to Lexical, median of ${overBare.length} rounds`,
        percentile(overBare, 50),
        '×',
        {
          ratio: percentile(overBare, 50),
          ratioLabel: `app / Lexical, spread ${spread(overBare)}`,
        },
      ),
      row(`find: all matches of a common word ("the", "and") highlighted, ${findOk.length} runs, p95`, findP95, 'ms', {
        target: '< 50 ms',
        met: findP95 < 50,
      }),
      row('key press to text in the DOM (before paint), p95', typing.domP95, 'ms', {
        ratio: typing.domP95 / floor.domP95,
        ratioLabel: `of a 1-page note (${floor.domP95.toFixed(1)} ms)`,
      }),
      row(`saves during a ${(burstMs / 1000).toFixed(1)} s typing burst (${keys} keys)`, saves.length, 'saves', {
        target: `≤ ${allowed} (1 per 500 ms)`,
        met: saves.length <= allowed,
      }),
      // Arrival times at the app: the harness's transport of a 50-page note adds some jitter.
      row('shortest gap between two saves arriving at the app', gaps.length ? Math.min(...gaps) : 0, 'ms'),
      row('last keystroke saved (1 = yes)', lastSaved ? 1 : 0, '', { target: '= 1', met: lastSaved }),
    ];
  } finally {
    await browser.close();
    h.close();
  }
}
