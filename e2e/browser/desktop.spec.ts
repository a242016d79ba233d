import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { attachDesktop } from './desktop';
import { APP_URL, expect, test } from './fixtures';

// The renderer inside the desktop app: what it does differently there (native save dialog, the
// application menu), against main's real actions with the dialogs scripted.

test('Export to Word saves through the native save dialog, not a download', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  const target = path.join(harness.dir, 'brief for the minister.docx');
  desktop.dialogs.saveAnswer = target;
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`);
  await note.waitUntilOpen();
  await page.getByRole('button', { name: 'Export to Word' }).click();

  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Exported brief for the minister.docx');
  expect(path.basename(desktop.dialogs.saveAsked[0]!.defaultPath!)).toBe(
    'Meeting brief - Vice-President Fuat Oktay.docx',
  );
  const xml = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')!.async('string');
  expect(xml).toContain('Fuat Oktay');
  expect(downloads).toEqual([]);
});

test('cancelling the save dialog exports nothing and says nothing', async ({ harness, page }) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/overview`);
  await page.getByRole('button', { name: 'Export briefing pack' }).click();
  await expect.poll(() => desktop.dialogs.saveAsked.length).toBe(1);
  await expect(page.getByRole('button', { name: 'Export briefing pack' })).toBeEnabled();
  await expect(page.getByRole('status', { name: 'Messages' })).toBeEmpty();
  expect(fs.readdirSync(harness.dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
});

test('File → New visit opens the new-visit form from anywhere', async ({ harness, page }) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/people`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Official visit');

  await desktop.menu({ command: 'new-visit' });
  const form = page.getByRole('form', { name: 'New visit' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();

  // Leaving the list and coming back does not reopen the form by itself.
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('list', { name: 'Visits' }).getByRole('button').first().click();
  await page.getByRole('button', { name: '← All visits' }).click();
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();
  await expect(form).toHaveCount(0);
});

test('the File menu knows which visit is open, from the visit and from its notes', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  await page.goto(APP_URL);
  await expect.poll(() => desktop.openVisits.at(-1)).toBeNull();
  await page.getByRole('list', { name: 'Visits' }).getByRole('button').first().click();
  await expect.poll(() => desktop.openVisits.at(-1)).toBe(DEMO_VISIT_ID);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`);
  await note.waitUntilOpen();
  await expect.poll(() => desktop.openVisits.at(-1)).toBe(DEMO_VISIT_ID);
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  await expect.poll(() => desktop.openVisits.at(-1)).toBeNull();
});

test('File → Import visit… shows the visit that came in', async ({ harness, page }) => {
  seedDemo(harness.store);
  const exported = await harness.dispatch('interchange.export', { visitId: DEMO_VISIT_ID });
  expect(exported.ok).toBe(true);
  await harness.dispatch('visits.delete', { id: DEMO_VISIT_ID });
  const file = path.join(harness.dir, 'from the embassy.json');
  fs.writeFileSync(file, JSON.stringify(exported.ok && exported.value));

  const desktop = await attachDesktop(page, harness);
  await page.goto(APP_URL);
  await expect(page.getByText('No visits yet.')).toBeVisible();
  desktop.dialogs.openAnswer = file;
  await desktop.actions.importVisit();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Official visit');
  expect(page.url()).toContain(`#/visits/${DEMO_VISIT_ID}/overview`);
  expect(desktop.dialogs.messages.at(-1)).toMatchObject({ type: 'info', message: 'Imported from the embassy.json' });
});
