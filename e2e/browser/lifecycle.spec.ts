import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { DEMO_VISIT_ID, demoProgramme } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import type { Note } from '../../app/domain/note';
import { must } from './harness';
import { APP_URL, expect, test } from './fixtures';
import type { Harness } from './harness';

/** Issue 13: what leaves the laptop is what was cleared, marked right, with nothing unfinished. */

const VISIT = DEMO_VISIT_ID;
const OKTAY = 'demo-item-oktay';
const OKTAY_MEETING = 'Meeting with Vice-President Fuat Oktay';
const FIRST_PROMPT = 'What we want from this meeting, most important first.';

async function docxParts(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const read = (name: string) => zip.file(name)!.async('string');
  const names = Object.keys(zip.files);
  return {
    document: await read('word/document.xml'),
    pages: await Promise.all(names.filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n)).map(read)),
  };
}

async function exportFromNote(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to Word' }).click(),
  ]);
  return docxParts(await download.path());
}

const newBrief = (h: Harness, programmeItemId: string | null, classification = 'OFFICIAL') =>
  must<Note>(h, 'notes.create', {
    visitId: VISIT,
    title: 'Meeting brief: Oktay',
    template: 'meeting-brief',
    programmeItemId,
    classification,
  });

const details = (page: Page) => page.getByRole('group', { name: 'Note details' });

test('1. a brief raised to RESTRICTED is marked RESTRICTED on screen and on every page of its export', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  must(harness, 'settings.set', { author: 'Jane Desk' });
  await note.open(VISIT, 'demo-note-oktay-brief');
  await details(page).getByLabel('Classification').selectOption('RESTRICTED');
  await expect(note.banner('top')).toHaveText('RESTRICTED');
  await expect(note.banner('bottom')).toHaveText('RESTRICTED');

  const { pages } = await exportFromNote(page);
  expect(pages.length).toBeGreaterThan(0);
  for (const part of pages) {
    expect(part).toContain('RESTRICTED');
    expect(part).not.toContain('OFFICIAL');
  }
  await note.openHistory();
  await expect(note.revisions.first()).toContainText('Classification raised: OFFICIAL → RESTRICTED');
  await expect(note.revisions.first()).toContainText('Jane Desk');
});

test("2. the Classification field shows the note's own marking, on screen and in the .docx body", async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const brief = await newBrief(harness, OKTAY, 'RESTRICTED');
  await note.open(VISIT, brief.id);
  await expect(note.content.locator('[data-field="classification"]').first()).toHaveText('RESTRICTED');
  const { document } = await exportFromNote(page);
  expect(document).toContain('>RESTRICTED<');
  expect(document).not.toContain('>OFFICIAL<');
});

test("3. a note's title, classification and meeting are changed from its header; the notes list shows the meeting", async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const brief = await newBrief(harness, null);
  await note.open(VISIT, brief.id);
  await expect(note.content.locator('[data-field="meeting.title"][data-missing="true"]').first()).toBeVisible();

  await details(page)
    .getByLabel('Meeting')
    .selectOption({ label: `Fri 5 Mar, 10:00–11:00 · ${OKTAY_MEETING}` });
  await expect(note.content).toContainText(`Meeting: ${OKTAY_MEETING}`);
  await expect(note.content.locator('[data-missing="true"]')).toHaveCount(0);

  const title = details(page).getByLabel('Title');
  await title.fill('');
  await title.pressSequentially('Brief for the Oktay call');
  await title.press('Enter');
  await expect(page.locator('#note-heading')).toHaveText('Brief for the Oktay call');

  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  const row = page.getByRole('row', { name: /Brief for the Oktay call/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(OKTAY_MEETING);
});

test('4. a cleared brief keeps what was cleared when the meeting moves, says so, and Reopen brings the new time', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, 'demo-note-oktay-brief');
  await note.setStatus('Send for review');
  await note.setStatus('Clear');
  await expect(page.locator('.note-meta')).toContainText('Cleared by Unknown author');
  const clearedAt = (await must<Note>(harness, 'notes.get', { id: 'demo-note-oktay-brief' })).updatedAt;

  const item = demoProgramme.find((p) => p.id === OKTAY)!;
  await must(harness, 'programme.update', { ...item, start: '2021-03-05T10:30', end: '2021-03-05T11:30' });
  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toContainText('10:00–11:00');
  await expect(note.content).not.toContainText('10:30');
  const notice = page.getByRole('alert', { name: 'Changed since clearance' });
  await expect(notice).toContainText(
    'Meeting time changed since clearance: Friday 5 March 2021, 10:00–11:00 local time (Ankara) → Friday 5 March 2021, 10:30–11:30 local time (Ankara)',
  );
  expect((await must<Note>(harness, 'notes.get', { id: 'demo-note-oktay-brief' })).updatedAt).toBe(clearedAt);
  const { document } = await exportFromNote(page);
  expect(document).toContain('10:00–11:00');
  expect(document).not.toContain('10:30');

  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  await expect(page.getByRole('row', { name: /Vice-President Fuat Oktay/ })).toContainText('Changed since clearance');
  await page.goBack();
  await note.waitUntilOpen();
  await notice.getByRole('button', { name: 'Reopen to update' }).click();
  await expect(note.content).toContainText('10:30–11:30');
  await expect(notice).toBeHidden();
  await note.openHistory();
  await expect(note.revisions.first()).toContainText('Reopened');
});

test('5. typing over a placeholder replaces it with normal text; no italics spread; F2 goes to the next one', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const brief = await newBrief(harness, OKTAY);
  await note.open(VISIT, brief.id);
  const counter = page.getByRole('button', { name: '9 placeholders' });
  await expect(counter).toBeVisible();

  await note.content.locator('[data-placeholder]', { hasText: FIRST_PROMPT }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(FIRST_PROMPT);
  await note.type('Support for the summit\nA second objective');
  await expect(page.getByRole('button', { name: '8 placeholders' })).toBeVisible();
  // F2 selects the next prompt; typing replaces it too.
  await note.press('F2');
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('Short points, in the order the principal should make them.');
  await note.type('Trade above three billion');
  await note.expectSaved();

  const saved = await must<Note>(harness, 'notes.get', { id: brief.id });
  const json = JSON.stringify(saved.content);
  for (const typed of ['Support for the summit', 'A second objective', 'Trade above three billion']) {
    const node = JSON.stringify(saved.content).match(new RegExp(`\\{[^{}]*"text":"${typed}"[^{}]*\\}`))?.[0];
    expect(node, typed).toBeDefined();
    expect(JSON.parse(node!).format, `${typed} is in the normal format`).toBe(0);
  }
  expect(json).not.toContain(FIRST_PROMPT);
  expect(json).not.toMatch(/"textFormat":2/);
  await expect(note.content.locator('em, i, .ed-italic')).toHaveCount(0);
});

test('6. Send for review warns about what is unfinished and goes to each; export leaves it out and names the brief', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  const brief = await newBrief(harness, null);
  await note.open(VISIT, brief.id);
  await note.setStatus('Send for review');
  const warning = page.getByRole('alertdialog', { name: 'Unfinished note' });
  await expect(warning).toContainText('9 placeholders and 4 missing fields remain');
  await warning.getByRole('button', { name: /Go to the next one/ }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).not.toBe('');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.note-meta')).toContainText('Draft');

  const { document } = await exportFromNote(page);
  expect(document).not.toContain('[');
  expect(document).not.toContain('missing:');
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    'Meeting brief: Oktay: 9 placeholders, Meeting missing',
  );
  // Asked for, the placeholders and missing fields are kept.
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export again with placeholders kept' }).click(),
  ]);
  const kept = await docxParts(await again.path());
  expect(kept.document).toContain(`[${FIRST_PROMPT}]`);
  expect(kept.document).toContain('[missing: Meeting]');

  await note.setStatus('Send for review');
  await warning.getByRole('button', { name: 'Send for review anyway' }).click();
  await expect(page.locator('.note-meta')).toContainText('In review');
});

test('7. typing in the Overview survives switching tabs; an unsaved programme item asks before it is left', async ({
  harness,
  page,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
  const form = page.getByRole('form', { name: 'Visit details' });
  const description = form.getByLabel('Description');
  await description.fill('');
  await description.pressSequentially('Dates are illustrative.');
  await page.getByRole('tab', { name: /Programme/ }).click();
  await page.getByRole('tab', { name: /Overview/ }).click();
  await expect(page.getByRole('form', { name: 'Visit details' }).getByLabel('Description')).toHaveValue(
    'Dates are illustrative.',
  );
  await expect
    .poll(
      async () =>
        (await must<{ visit: { description: string } }>(harness, 'visits.get', { id: VISIT })).visit.description,
    )
    .toBe('Dates are illustrative.');

  await page.getByRole('tab', { name: /Programme/ }).click();
  await page.getByRole('button', { name: 'Add programme item' }).click();
  await page
    .getByRole('form', { name: 'New programme item' })
    .getByLabel('Title')
    .pressSequentially('Press conference');
  await page.getByRole('tab', { name: /People/ }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('New programme item: your changes are not saved');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'New programme item' }).getByLabel('Title')).toHaveValue(
    'Press conference',
  );
});
