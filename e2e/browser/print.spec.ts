import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { attachDesktop } from './desktop';
import { APP_URL, expect, test } from './fixtures';

// PDF and Print from the window: the same print view the CLI renders, through the real handlers.

const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;

test('a note is exported to PDF from the note view: its marking, its fields, page numbers', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Meeting brief - Vice-President Fuat Oktay.pdf');
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file);
  expect(text).toContain('Friday 5 March 2021, 10:00–11:00');
  expect(text).toContain('OFFICIAL — DRAFT');
  expect(text).toMatch(/Page 1 of \d+/);
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    'Exported Meeting brief - Vice-President Fuat Oktay.pdf',
  );
});

test('the briefing book is exported to PDF from the visit, with its contents', async ({ harness, page }) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/overview`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pack as PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Briefing pack - Official visit.*\.pdf$/);
  const text = pdfText(await download.path());
  expect(text).toContain('Contents');
  expect(text).toMatch(/Brief \d+ — Meeting brief: Vice-President Fuat Oktay\s+\d+/);
});

test('in the desktop app, PDF goes through the save dialog and Ctrl+P prints the note', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  const target = path.join(harness.dir, 'oktay');
  desktop.dialogs.saveAnswer = target;
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`);
  await note.waitUntilOpen();

  await page.getByRole('button', { name: 'Export to PDF' }).click();
  // Chromium renders the PDF in the test process: on a busy machine that takes a few seconds.
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Exported oktay.pdf', { timeout: 30_000 });
  expect(desktop.dialogs.saveAsked[0]!.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  expect(pdfText(`${target}.pdf`)).toContain('Vice-President Fuat Oktay');

  await page.keyboard.press('Control+p');
  await expect.poll(() => desktop.printed.length).toBe(1);
  expect(desktop.printed[0]).toContain('<title>Meeting brief: Vice-President Fuat Oktay</title>');
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => desktop.printed.length).toBe(2);
});

test('a browser page offers no Print button (there is no system dialog to hand the print view to)', async ({
  harness,
  note,
  page,
}) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  await expect(page.getByRole('button', { name: 'Export to PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print…' })).toHaveCount(0);
});
