import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';
import { must } from './harness';
import { PackPage } from './pages/PackPage';

const VISIT = DEMO_VISIT_ID;

async function exportPack(page: Page): Promise<{ xml: string; core: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing pack' }).last().click(),
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  return {
    xml: (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ''),
    core: await zip.file('docProps/core.xml')!.async('string'),
  };
}

test('the pack builder chooses the notes, their order, drafts and the cover, and keeps the choice with the visit', async ({
  harness,
  page,
}) => {
  seedDemo(harness.store);
  const pack = new PackPage(page);
  await pack.open(APP_URL, VISIT);
  await expect(pack.included.getByRole('listitem').first()).toContainText('Brief 1 — Scene-setter');
  await pack.toggle('Talking points: Joint Strategic Planning Group');
  await expect(pack.leftOut).toContainText('Talking points: Joint Strategic Planning Group');
  await pack.moveUp('Meeting brief: Call on President Erdoğan');
  await expect(pack.included.getByRole('listitem').first()).toContainText('Brief 1 — Meeting brief: Call on President');
  await pack.cover('Reference').pressSequentially('KZ/TR/2021/7');
  await pack.cover('For').click(); // leaving the field keeps it
  await expect(pack.kept).toBeVisible();

  const { xml } = await exportPack(page);
  expect(xml).toContain('Brief 1 — Meeting brief: Call on President Erdoğan');
  expect(xml).toContain('Brief 2 — Scene-setter');
  expect(xml).not.toContain('Talking points: Joint Strategic Planning Group');
  expect(xml).toContain('Reference: KZ/TR/2021/7');

  await pack.drafts().uncheck();
  await expect(pack.kept).toBeVisible();
  await page.reload();
  await pack.included.waitFor();
  await expect(pack.drafts()).not.toBeChecked();
  await expect(pack.cover('Reference')).toHaveValue('KZ/TR/2021/7');
  const cleared = await exportPack(page);
  expect(cleared.xml).not.toContain('not yet cleared');
  expect(cleared.xml).toContain('Brief 1 — Meeting brief: Call on President Erdoğan');
});

test('Settings name the author and the department that exports carry', async ({ harness, page }) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/`);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  const author = page.getByLabel('Your name');
  await author.pressSequentially('Aigerim Sadykova');
  const department = page.getByLabel('Originating department');
  await department.click();
  await expect
    .poll(async () => (await must<{ author: string }>(harness, 'settings.get', {})).author)
    .toBe('Aigerim Sadykova');
  await department.pressSequentially('Europe Department');
  await page.getByLabel('Document language').click();
  await expect
    .poll(async () => (await must<{ department: string }>(harness, 'settings.get', {})).department)
    .toBe('Europe Department');
  const classifications = page.getByLabel('Classifications, lowest first');
  await classifications.click();
  await classifications.press('End');
  await classifications.pressSequentially('\nsecret');
  await author.click();
  await expect(page.getByRole('alert')).toContainText('capitals');

  await page.goto(`${APP_URL}#/visits/${VISIT}/pack`);
  await new PackPage(page).included.waitFor();
  const { xml, core } = await exportPack(page);
  expect(core).toContain('<dc:creator>Aigerim Sadykova</dc:creator>');
  expect(xml).toContain('Prepared by Aigerim Sadykova');
  expect(xml).toContain('Europe Department');
});

test('Settings set the length past which a brief is flagged, and turn typographic quotes off', async ({
  harness,
  page,
}) => {
  await page.goto(`${APP_URL}#/settings`);
  const limit = page.getByLabel('Flag a brief longer than (pages)');
  await limit.fill('3');
  await limit.press('Tab');
  await expect
    .poll(async () => (await must<{ briefPageLimit: number }>(harness, 'settings.get', {})).briefPageLimit)
    .toBe(3);
  await limit.fill('0');
  await limit.press('Tab');
  await expect(page.getByRole('alert')).toContainText('1 to 100');
  await page.getByLabel('Typographic quotes and dashes as you type (‘ ’ “ ” –)').uncheck();
  await expect
    .poll(async () => (await must<{ smartQuotes: boolean }>(harness, 'settings.get', {})).smartQuotes)
    .toBe(false);
});

test('a paragraph and a table pasted into a nested bullet never break the pack', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  const { id } = await must<{ id: string }>(harness, 'notes.create', { visitId: VISIT, title: 'Pasted points' });
  await note.open(VISIT, id);
  await note.focusEnd();
  await note.type('- Trade');
  await note.press('Enter', 'Tab');
  await note.type('Transit');
  await note.pasteHtml(
    '<p>Pasted first paragraph</p><p>Pasted second paragraph</p><table><tr><td>Route</td><td>Middle Corridor</td></tr></table>',
    'Pasted first paragraph',
  );
  await expect(note.content).toContainText('Pasted second paragraph');
  await note.expectSaved();

  await new PackPage(page).open(APP_URL, VISIT);
  await expect(page.getByRole('list', { name: 'Notes in the pack' })).toContainText('Pasted points');
  const { xml } = await exportPack(page);
  expect(xml).toContain('Pasted first paragraph');
  expect(xml).toContain('Pasted second paragraph');
  expect(xml).toContain('Middle Corridor');
  expect(xml).toContain('Meeting brief: Vice-President Fuat Oktay');
});
