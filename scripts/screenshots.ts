import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { seedDemo } from '../app/demo/seed';
import { APP_URL, attach, createHarness, must, type Harness } from '../e2e/browser/harness';
import { demoMeetingBrief, demoSceneSetter } from '../e2e/browser/noteContent';

/**
 * PNGs of every main view with the demo visit, light and dark, for the README and for review.
 * Same harness as the browser suite: the built renderer against the real handlers.
 */
const OUT = path.resolve(__dirname, '../docs/screenshots');

async function seed(h: Harness): Promise<{ visitId: string; noteId: string; clearedId: string; backgroundId: string }> {
  const { visitId } = seedDemo(h.store);
  // The demo's own scene-setter for the editor; one more brief, cleared, for the read-only view.
  const notes = await must<{ id: string; template: string | null }[]>(h, 'notes.list', { visitId });
  const sceneSetter = notes.find((n) => n.template === 'scene-setter');
  if (!sceneSetter) throw new Error('the demo visit has no scene-setter');
  const cleared = await must<{ id: string; revision: number }>(h, 'notes.create', {
    visitId,
    title: 'Meeting brief: call on President Erdoğan',
    template: 'meeting-brief',
    classification: 'RESTRICTED',
    content: demoMeetingBrief(),
  });
  const background = await must<{ id: string }>(h, 'notes.create', {
    visitId,
    title: 'Background note: bilateral relations',
    template: 'background-note',
    content: demoSceneSetter(),
  });
  await must(h, 'templates.save', {
    name: 'Call on a head of state',
    description: 'Our house format for calls at the highest level',
    content: demoMeetingBrief(),
  });
  await must(h, 'notes.setStatus', { id: cleared.id, status: 'review' });
  await must(h, 'notes.setStatus', { id: cleared.id, status: 'cleared' });
  return { visitId, noteId: sceneSetter.id, clearedId: cleared.id, backgroundId: background.id };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: false });
  console.log(`screenshots: ${name}.png`);
}

/**
 * The note header with its details and what remains (a placeholder selected), and a cleared brief
 * whose meeting moved since clearance.
 */
async function lifecycleShots(page: Page, h: Harness, visitId: string): Promise<void> {
  const brief = await must<{ id: string }>(h, 'notes.create', {
    visitId,
    title: 'Meeting brief: Vice-President Fuat Oktay',
    template: 'meeting-brief',
    programmeItemId: 'demo-item-oktay',
    classification: 'RESTRICTED',
  });
  await page.goto(`${APP_URL}#/visits/${visitId}/notes/${brief.id}`);
  await page.locator('[data-placeholder]').first().click();
  await page.getByRole('button', { name: /placeholders/ }).waitFor();
  // The header above the selected placeholder: the page scrolled to the click.
  await page.evaluate(() => document.querySelectorAll('*').forEach((e) => e.scrollTop && e.scrollTo(0, 0)));
  await shoot(page, '16-note-lifecycle');
  await must(h, 'notes.setStatus', { id: 'demo-note-oktay-brief', status: 'review' });
  await must(h, 'notes.setStatus', { id: 'demo-note-oktay-brief', status: 'cleared' });
  const detail = await must<{ programme: { id: string }[] }>(h, 'visits.get', { id: visitId });
  const { visitId: _v, ...item } = detail.programme.find((p) => p.id === 'demo-item-oktay') as Record<string, unknown>;
  await must(h, 'programme.update', { ...item, start: '2021-03-05T10:30', end: '2021-03-05T11:30' });
  await page.goto(`${APP_URL}#/visits/${visitId}/notes/demo-note-oktay-brief`);
  await page.getByRole('alert', { name: 'Changed since clearance' }).waitFor();
  await shoot(page, '17-note-changed-since-clearance');
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--lang=en-GB'],
    // A British user, as in the browser suite (dates on screen follow the user's locale).
    env: { ...process.env, LANGUAGE: 'en_GB' },
  });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const h = createHarness();
      const ids = await seed(h);
      const page = await browser.newPage({
        viewport: { width: 1280, height: 860 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
        locale: 'en-GB',
      });
      await attach(page, h);
      const suffix = scheme === 'dark' ? '-dark' : '';
      const visit = (tab: string) => `${APP_URL}#/visits/${ids.visitId}/${tab}`;

      await page.goto(APP_URL);
      await page.getByRole('list', { name: 'Visits' }).waitFor();
      await shoot(page, `01-visits${suffix}`);
      if (scheme === 'light') {
        await page.getByRole('button', { name: 'New visit' }).click();
        await shoot(page, '02-new-visit');
      }
      for (const [n, tab] of [
        ['03', 'overview'],
        ['04', 'programme'],
        ['05', 'people'],
        ['06', 'notes'],
      ] as const) {
        await page.goto(visit(tab));
        await page.locator('#visit-heading').waitFor();
        await page.getByRole('tabpanel').waitFor();
        if (tab === 'notes') await page.getByRole('table', { name: 'Notes' }).waitFor();
        await shoot(page, `${n}-visit-${tab}${suffix}`);
      }
      await page.goto(visit('pack'));
      await page.getByRole('list', { name: 'Notes in the pack' }).waitFor();
      await shoot(page, `16-visit-pack${suffix}`);
      // The pack's Preview: the PDF's pages as pdf.js draws them, the first two in view.
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      const preview = page.getByRole('dialog', { name: 'Preview: Briefing pack' });
      await preview.locator('li[data-page="1"][data-rendered]').waitFor({ timeout: 60_000 });
      await shoot(page, `18-pack-preview${suffix}`);
      await page.keyboard.press('Escape');
      await page.goto(`${APP_URL}#/settings`);
      await page.getByLabel('Originating department').waitFor();
      await shoot(page, `17-settings${suffix}`);
      await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/${ids.noteId}`);
      await page.locator('#note-editor-content > *').first().waitFor();
      await shoot(page, `07-note-editor${suffix}`);
      // What an export says, in the toast at the bottom of the window (the buttons stay where they are).
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Word' }).click()]);
      await page.getByRole('status', { name: 'Messages' }).filter({ hasText: 'Exported' }).waitFor();
      await page.mouse.move(1, 1);
      await shoot(page, `18-note-exported${suffix}`);
      await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/${ids.backgroundId}`);
      await page.locator('#note-editor-content table').waitFor();
      await page.locator('#note-editor-content table td').nth(4).click();
      await shoot(page, `09-note-table-and-lists${suffix}`);
      await page.goto(visit('programme'));
      await page.getByRole('button', { name: 'New note for Meeting with Vice-President Fuat Oktay' }).click();
      await page.getByRole('textbox', { name: 'Preview of Meeting brief' }).waitFor();
      await shoot(page, `10-new-note-from-template${suffix}`);
      await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/demo-note-oktay-brief`);
      await page.locator('#note-editor-content > *').first().waitFor();
      await page.locator('#note-editor-content > *').last().click();
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Talks with Chavoshuglu on transit');
      for (let i = 0; i < ' on transit'.length; i++) await page.keyboard.press('ArrowLeft');
      await page.getByRole('dialog', { name: 'Name spelling' }).waitFor();
      await shoot(page, `11-note-names${suffix}`);
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Venue: {meet');
      await page.getByRole('listbox', { name: 'Insert a field' }).waitFor();
      await shoot(page, `12-note-field-menu${suffix}`);
      await page.goto(`${APP_URL}#/templates`);
      await page.getByRole('table', { name: 'Your templates' }).waitFor();
      await shoot(page, `15-templates${suffix}`);
      // The history of the cleared brief (created, sent for review, cleared), its first version chosen.
      await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/${ids.clearedId}`);
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await page
        .getByRole('list', { name: 'Revisions' })
        .getByRole('button', { name: /^Created/ })
        .click();
      await page.getByRole('textbox', { name: 'Revision 1 (read-only preview)' }).waitFor();
      await shoot(page, `13-note-history${suffix}`);
      await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/${ids.backgroundId}`);
      await page.getByRole('button', { name: 'Delete note' }).click();
      await page.getByRole('alertdialog').waitFor();
      await shoot(page, `14-note-delete${suffix}`);
      if (scheme === 'light') {
        await page.goto(`${APP_URL}#/visits/${ids.visitId}/notes/${ids.clearedId}`);
        await page.getByText('This note is cleared and read-only').waitFor();
        await shoot(page, '08-note-cleared');
        await lifecycleShots(page, h, ids.visitId);
      }
      await page.close();
      h.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
