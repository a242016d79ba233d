import fs from 'node:fs';
import JSZip from 'jszip';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

const VISIT = DEMO_VISIT_ID;

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

test('a note is exported to Word from the note view, its fields filled from the visit', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, 'demo-note-oktay-brief');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Meeting brief - Vice-President Fuat Oktay.docx');
  const xml = await docxText(await download.path());
  expect(xml).toContain('Friday 5 March 2021, 10:00–11:00 local time (Ankara)');
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    'Exported Meeting brief - Vice-President Fuat Oktay.docx',
  );
});

test('the whole briefing pack is exported from the visit', async ({ harness, page }) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing pack' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Briefing pack - Official visit/);
  const xml = await docxText(await download.path());
  expect(xml).toContain('Brief 1 — Scene-setter');
  expect(xml).toContain('Brief 5 — Meeting brief: Vice-President Fuat Oktay');
});
