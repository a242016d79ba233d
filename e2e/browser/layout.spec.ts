import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { VisitDetail } from '../../app/api/contract';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { must, type Harness } from './harness';
import { APP_URL, expect, test } from './fixtures';
import type { NoteEditorPage } from './pages/NoteEditorPage';
import { NamesPanelPage } from './pages/NamesPanelPage';
import { Toast } from './pages/Toast';

const VISIT = DEMO_VISIT_ID;
const BRIEF = 'demo-note-oktay-brief';
const LONG_TITLE =
  'Official visit of the Minister of Foreign Affairs of the Republic of Kazakhstan, Mukhtar Tleuberdi, ' +
  'to the Republic of Türkiye, with the ninth meeting of the Intergovernmental Commission';

async function giveTheVisitALongTitle(harness: Harness): Promise<void> {
  const { visit } = await must<VisitDetail>(harness, 'visits.get', { id: VISIT });
  const { createdAt: _c, updatedAt: _u, ...fields } = visit;
  await must(harness, 'visits.update', { ...fields, title: LONG_TITLE });
}

type Box = { x: number; y: number; width: number; height: number };

async function boxesOf(buttons: Locator): Promise<Box[]> {
  return buttons.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** How many lines a button's label takes on screen (its shown text, line by line). */
async function labelLines(button: Locator): Promise<number> {
  return button.evaluate((el) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || n.parentElement?.closest('[aria-hidden="true"]')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) tops.add(Math.round(r.top));
    }
    return tops.size;
  });
}

async function download(page: Page, button: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('download'), button.click()]);
}

test('an export says so in the toast, announced politely, and no button or title moves', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const toast = new Toast(page);
  await note.open(VISIT, BRIEF);
  await note.expectSaved();
  const actions = note.workflow.getByRole('button');
  const heading = page.locator('#note-heading');
  const before = await boxesOf(actions);
  const title = await heading.boundingBox();

  // While it works the button says so, at the same width: held until the test lets it finish.
  let finish = () => {};
  const held = new Promise<void>((resolve) => (finish = resolve));
  const dispatch = harness.dispatch;
  harness.dispatch = async (op, input) => {
    if (op === 'export.note') await held;
    return dispatch(op, input);
  };
  const downloaded = page.waitForEvent('download');
  await note.workflow.getByRole('button', { name: 'Export to Word' }).click();
  await expect(note.workflow.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
  expect(await boxesOf(actions)).toEqual(before);
  finish();
  await downloaded;
  await expect(toast.messages).toHaveText('Exported Meeting brief - Vice-President Fuat Oktay.docx');
  await expect(toast.messages).toHaveAttribute('aria-live', 'polite');
  await expect(toast.box).toBeInViewport();
  expect(await boxesOf(actions)).toEqual(before);
  expect(await heading.boundingBox()).toEqual(title);

  // The visit's header: the same for the briefing pack.
  await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
  const head = page.locator('.visit-head').getByRole('button');
  await expect(head.first()).toBeVisible();
  const headBefore = await boxesOf(head);
  await download(page, page.getByRole('button', { name: 'Export briefing pack' }));
  // The demo pack holds a RESTRICTED note in an OFFICIAL visit: exported, with a warning.
  await expect(toast.messages).toContainText('Exported with 1 warning(s)');
  expect(await boxesOf(head)).toEqual(headBefore);

  // Closed by its button; the region stays, empty, for the next message.
  await toast.close.click();
  await expect(toast.messages).toBeEmpty();
  await expect(toast.close).toHaveCount(0);
});

test('the toast stays while the pointer is on it and goes a few seconds after', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  const toast = new Toast(page);
  await note.open(VISIT, BRIEF);
  await download(page, note.workflow.getByRole('button', { name: 'Export to Word' }));
  await expect(toast.messages).toContainText('Exported Meeting brief');
  await toast.box.hover();
  await page.waitForTimeout(7_000); // longer than the toast's time
  await expect(toast.messages).toContainText('Exported Meeting brief');
  await page.mouse.move(5, 5);
  await expect(toast.messages).toBeEmpty({ timeout: 8_000 });
});

for (const width of [1024, 1280, 1920]) {
  test(`at ${width} px a long visit title wraps and the header's actions keep to one line`, async ({
    harness,
    page,
    note,
  }) => {
    seedDemo(harness.store);
    await giveTheVisitALongTitle(harness);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
    const pack = page.getByRole('button', { name: 'Export briefing pack' });
    await expect(pack).toBeVisible();
    expect(await labelLines(pack)).toBe(1);
    expect((await pack.boundingBox())!.height).toBeLessThan(48);
    const pdf = page.getByRole('button', { name: 'Pack as PDF' });
    expect(await labelLines(pdf)).toBe(1);
    // The title takes the room that is left, and wraps in it.
    const heading = await page.getByRole('heading', { level: 1, name: LONG_TITLE }).boundingBox();
    expect(heading!.width).toBeGreaterThan(300);
    expect(heading!.x + heading!.width).toBeLessThanOrEqual((await page.locator('.visit-badges').boundingBox())!.x);

    // The note's header: every action on one row, each label on one line (a draft, and a note in
    // review, which has one action more).
    for (const id of [BRIEF, 'demo-note-scene-setter']) {
      await note.open(VISIT, id);
      const actions = note.workflow.getByRole('button');
      const boxes = await boxesOf(actions);
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      expect(new Set(boxes.map((b) => Math.round(b.y))).size, `one row of actions in ${id}`).toBe(1);
      for (const button of await actions.all()) expect(await labelLines(button)).toBe(1);
      expect(Math.min(...boxes.map((b) => b.x))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThanOrEqual(width);
    }
  });
}

/** The demo brief open at 1280×800, its Names panel listing "F. Oktay" among the other spellings. */
async function openBriefWithOtherSpellings(
  page: Page,
  harness: Harness,
  note: NoteEditorPage,
): Promise<NamesPanelPage> {
  seedDemo(harness.store);
  await page.setViewportSize({ width: 1280, height: 800 });
  const names = new NamesPanelPage(page);
  await note.open(VISIT, BRIEF);
  await expect(names.panel.getByRole('list', { name: 'Other spellings' })).toContainText('F. Oktay');
  return names;
}

test('the offer under a name near the bottom of the window opens above it, inside the window; Escape closes it', async ({
  harness,
  page,
  note,
}) => {
  const names = await openBriefWithOtherSpellings(page, harness, note);
  await names.clickWordNearBottom('F. Oktay', 12);
  const word = await names.wordBox('F. Oktay');
  expect(word.y + word.height, 'the name is at the bottom of the window').toBeGreaterThan(800 - 40);

  await expect(names.offer).toContainText('“F. Oktay” is another name for Fuat Oktay.');
  const box = (await names.offer.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height, 'above the name, not over it').toBeLessThanOrEqual(word.y);

  // Escape closes it and the caret stays in the text; it comes back when the caret leaves the
  // name and comes back to it (clicks: where End and arrows land depends on the line's wrapping).
  await page.keyboard.press('Escape');
  await expect(names.offer).toBeHidden();
  await expect(note.content).toBeFocused();
  await note.content.locator('h1, h2, h3, p').first().click();
  await names.clickWordNearBottom('F. Oktay', 12);
  await expect(names.offer).toBeVisible();
});

test('the Names panel stays beside the text as it scrolls, and goes below the text in a narrow window', async ({
  harness,
  page,
  note,
}) => {
  const names = await openBriefWithOtherSpellings(page, harness, note);
  // Long enough to scroll well past the top of the panel.
  await note.focusEnd();
  for (let i = 1; i <= 20; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Paragraph ${i} of the background.`);
  }
  await expect(note.content).toContainText('Paragraph 20 of the background.');
  expect(await page.evaluate(() => (window.scrollTo(0, 900), window.scrollY)), 'scrolled well past the panel').toBe(
    900,
  );
  const toolbar = (await note.toolbar.boundingBox())!;
  const panel = (await names.panel.boundingBox())!;
  expect(toolbar.y, 'the toolbar is stuck at the top').toBeLessThan(2);
  expect(panel.y, 'the panel is below the toolbar, not under it').toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  expect(panel.y, 'and in view').toBeLessThan(toolbar.y + toolbar.height + 24);
  await expect(names.panel.getByRole('heading', { name: 'Names' })).toBeInViewport();
  const content = (await note.content.boundingBox())!;
  expect(panel.x, 'beside the text').toBeGreaterThanOrEqual(content.x + content.width);

  // 1024 px: the note first, above the fold; the panel after the text.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const narrow = (await note.content.boundingBox())!;
  expect(narrow.y, 'the note starts above the fold').toBeLessThan(700 - 100);
  const below = (await names.panel.boundingBox())!;
  expect(below.y).toBeGreaterThanOrEqual(narrow.y + narrow.height);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(names.panel.getByRole('heading', { name: 'Names' })).toBeInViewport();
});

test('Escape closes the link form and the caret goes back to the text', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  await note.open(VISIT, BRIEF);
  await note.focusEnd();
  await note.type('\nSee the agenda');
  await note.selectBack('agenda');
  await note.tool('Link').click();
  const form = page.getByRole('form', { name: 'Link' });
  await expect(page.getByLabel('Link address')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(note.content).toBeFocused();
});

test('markings have their own badge colour in the lists, in both themes; date pickers follow the theme', async ({
  harness,
  page,
}) => {
  seedDemo(harness.store);
  const colour = (list: Locator, marking: string) =>
    list
      .locator('.classification', { hasText: marking })
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
    const notes = page.getByRole('table', { name: 'Notes' });
    await expect(notes.locator('.classification', { hasText: 'RESTRICTED' }).first()).toBeVisible();
    expect(await colour(notes, 'RESTRICTED'), `notes list, ${scheme}`).not.toBe(await colour(notes, 'OFFICIAL'));

    await page.goto(`${APP_URL}#/visits/${VISIT}/pack`);
    const pack = page.getByRole('list', { name: 'Notes in the pack' });
    await expect(pack.locator('.classification', { hasText: 'RESTRICTED' }).first()).toBeVisible();
    expect(await colour(pack, 'RESTRICTED'), `pack list, ${scheme}`).not.toBe(await colour(pack, 'OFFICIAL'));

    // The date input's calendar icon is drawn by the browser in the page's colour scheme.
    const date = page.getByLabel('Date', { exact: true });
    expect(await date.evaluate((el) => getComputedStyle(el).colorScheme)).toContain(scheme);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the toast and the name offer have no serious accessibility violation (${scheme} theme)`, async ({
    harness,
    page,
    note,
  }) => {
    seedDemo(harness.store);
    await page.emulateMedia({ colorScheme: scheme });
    const serious = async (include: string) =>
      (await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
    await download(page, page.getByRole('button', { name: 'Export briefing pack' }));
    // A warning with an action: it stays until closed.
    await expect(page.getByRole('button', { name: 'Export again with placeholders kept' })).toBeVisible();
    expect(await serious('.toast')).toEqual([]);

    const names = new NamesPanelPage(page);
    await note.open(VISIT, BRIEF);
    await expect(names.panel.getByRole('list', { name: 'Other spellings' })).toContainText('F. Oktay');
    await names.clickWordNearBottom('F. Oktay', 300);
    await expect(names.offer).toBeVisible();
    expect(await serious('.name-offer')).toEqual([]);
  });
}
