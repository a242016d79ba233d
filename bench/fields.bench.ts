import type { Page } from '@playwright/test';
import { seedDemo } from '../app/demo/seed';
import { document, field, paragraph } from '../app/templates/builtin/nodes';
import { APP_URL, attach, createHarness, must } from '../e2e/browser/harness';
import { launchBenchChromium } from './lib/chromium';
import { percentile } from './lib/percentile';
import type { BenchRow } from './types';

/**
 * Live fields (templates issue): a note with 500 fields is open; the meeting it is about moves to
 * another time; the window regains focus and reloads the visit. Measured in Chromium with the
 * browser suite's harness: from the visit's data arriving in the page (User Timing mark in
 * useVisitDetail) to the frame in which all 500 fields show the new values. Needs a fresh build.
 */
const SECTION = 'templates';
const FIELDS = 500;
const MEETING = 'demo-item-oktay';
const ROUNDS = 12;

/** Refocuses the window and waits for the frame in which every field shows `expected`. */
async function timeRefresh(page: Page, expected: string): Promise<{ total: number; render: number }> {
  // In-page code is passed as text: tsx would otherwise wrap named functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    performance.clearMarks('briefing:visit-data');
    const editor = document.getElementById('note-editor-content');
    const fields = () => editor.querySelectorAll('[data-field="meeting.time"]');
    const allNew = () => Array.from(fields()).every((el) => el.textContent.includes(${JSON.stringify(expected)}));
    const timeout = setTimeout(() => reject(new Error('fields did not update')), 10000);
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!allNew()) return;
      observer.disconnect();
      // The frame after the DOM changed is the one that shows it.
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(timeout);
        const end = performance.now();
        const data = performance.getEntriesByName('briefing:visit-data').pop();
        resolve({ total: end - start, render: end - (data ? data.startTime : start), count: fields().length });
      }, 0));
    });
    observer.observe(editor, { subtree: true, childList: true, characterData: true });
    window.dispatchEvent(new Event('focus'));
  })`) as Promise<{ total: number; render: number }>;
}

export async function run(): Promise<BenchRow[]> {
  const h = createHarness();
  const browser = await launchBenchChromium();
  try {
    const { visitId } = seedDemo(h.store);
    const content = document(
      ...Array.from({ length: FIELDS / 2 }, (_, i) =>
        paragraph(`Item ${i + 1}: `, field('meeting.time'), ' at ', field('meeting.place'), '.'),
      ),
    );
    const note = await must<{ id: string }>(h, 'notes.create', {
      visitId,
      title: 'Five hundred fields',
      programmeItemId: MEETING,
      content,
    });
    const item = await must<{ visit: unknown; programme: { id: string; [k: string]: unknown }[] }>(h, 'visits.get', {
      id: visitId,
    });
    const { id: _id, ...meeting } = item.programme.find((p) => p.id === MEETING)!;

    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await attach(page, h);
    await page.goto(`${APP_URL}#/visits/${visitId}/notes/${note.id}`);
    await page
      .locator('[data-field="meeting.time"]')
      .nth(FIELDS / 2 - 1)
      .waitFor({ state: 'attached' });

    const renders: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const hour = 12 + (i % 2);
      await must(h, 'programme.update', {
        id: MEETING,
        ...meeting,
        start: `2021-03-05T${hour}:00`,
        end: `2021-03-05T${hour}:45`,
      });
      const t = await timeRefresh(page, `${hour}:00–${hour}:45`);
      renders.push(t.render);
      totals.push(t.total);
    }
    renders.shift(); // the first round also warms up the code paths
    totals.shift();
    const p95 = percentile(renders, 95);
    return [
      {
        section: SECTION,
        name: `${FIELDS} fields: visit change -> all values re-rendered, p50`,
        value: percentile(renders, 50),
        unit: 'ms',
      },
      {
        section: SECTION,
        name: `${FIELDS} fields: visit change -> all values re-rendered, p95`,
        value: p95,
        unit: 'ms',
        target: '< 50 ms',
        met: p95 < 50,
      },
      {
        section: SECTION,
        name: `${FIELDS} fields: same, with the harness's visit reload, p50`,
        value: percentile(totals, 50),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    h.close();
  }
}
