import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { VISIT_INPUT } from '../../app/testing/fixtures';
import { must, type Harness } from './harness';
import { APP_URL, expect, test } from './fixtures';
import type { NoteEditorPage } from './pages/NoteEditorPage';

async function openNewNote(page: Page, harness: Harness, note: NoteEditorPage): Promise<string> {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await page
    .getByRole('form', { name: 'New note' })
    .getByLabel('Title', { exact: true })
    .pressSequentially('Programme');
  await page.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await note.focusEnd();
  const m = /#\/visits\/[^/]+\/notes\/([^/]+)$/.exec(page.url());
  return decodeURIComponent(m![1]!);
}

test('a table is filled in with Tab as in Word: a new row from the last cell, no blank line above', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note);
  await note.type('Programme of the day\n');
  await note.tool('Insert table').click();
  const table = note.content.locator('table');
  // The empty line the table was inserted on became the table: the heading line is right above it.
  await expect(note.content.locator('> *').nth(1)).toHaveJSProperty('tagName', 'TABLE');
  for (const [i, word] of ['Time', 'Event', 'Place', '10:00', 'Talks', 'Ministry'].entries()) {
    if (i > 0) await note.press('Tab');
    await note.type(word);
  }
  await note.press('Tab', 'Tab', 'Tab', 'Tab');
  // The last cell of the 3 × 3 table: Tab adds a fourth row and moves into it.
  await note.type('Lunch');
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('Lunch');
  await note.press('Shift+Tab');
  await note.type('x');
  await expect(table.locator('tr').nth(2).locator('td').last()).toHaveText('x');
  // Cells are in the body's font.
  const fonts = await page.evaluate(() => {
    const cell = document.querySelector('#note-editor-content td')!;
    const para = document.querySelector('#note-editor-content > p')!;
    return [getComputedStyle(cell).fontFamily, getComputedStyle(para).fontFamily];
  });
  expect(fonts[0]).toBe(fonts[1]);
});

test('rows and columns go above, below, left and right; the header row toggles; cells merge and split', async ({
  page,
  harness,
  note,
}) => {
  const id = await openNewNote(page, harness, note);
  await note.tool('Insert table').click();
  await note.type('Date');
  await note.press('Tab');
  await note.type('Event');
  const table = note.content.locator('table');
  const tableTools = page.getByRole('group', { name: 'Table' });
  await tableTools.getByRole('button', { name: 'Insert row above' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(table.locator('tr').nth(1)).toContainText('Event');
  await tableTools.getByRole('button', { name: 'Insert column left' }).click();
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4);

  const header = tableTools.getByRole('button', { name: 'Header row' });
  await expect(header).toHaveAttribute('aria-pressed', 'false'); // the new row above is not a header
  await header.click();
  await expect(header).toHaveAttribute('aria-pressed', 'true');
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);

  // Select two cells of the last row with Shift+Arrow, then merge them.
  await table.locator('tr').last().locator('td').first().click();
  await note.type('Signing');
  await note.press('Shift+ArrowRight');
  const merge = tableTools.getByRole('button', { name: 'Merge cells' });
  await expect(merge).toBeEnabled();
  await merge.click();
  await expect(table.locator('tr').last().locator('td').first()).toHaveAttribute('colspan', '2');
  await note.expectSaved();

  // Exported: the header row repeats on every page, the merged cell spans two grid columns.
  const { content } = await must<{ content: unknown }>(harness, 'notes.get', { id });
  const json = JSON.stringify(content);
  expect(json).toContain('"colSpan":2');

  await table.locator('tr').last().locator('td').first().click();
  const split = tableTools.getByRole('button', { name: 'Split cell' });
  await expect(split).toBeEnabled();
  await split.click();
  await expect(table.locator('tr').last().locator('td')).toHaveCount(4);
});

test('the exported table has a repeating header row and merged cells', async ({ page, harness, note }) => {
  const id = await openNewNote(page, harness, note);
  await note.tool('Insert table').click();
  await note.type('Date');
  await note.press('Tab');
  await note.type('Event');
  await note.press('Tab', 'Tab');
  await note.type('31 March');
  await note.press('Shift+ArrowRight');
  await page.getByRole('group', { name: 'Table' }).getByRole('button', { name: 'Merge cells' }).click();
  await note.expectSaved();
  const { base64 } = await must<{ base64: string }>(harness, 'export.note', { noteId: id });
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:tblHeader/>');
  expect(xml).toMatch(/<w:gridSpan w:val="2"\/>[^]*31 March/);
});

test('a table inserted on the empty line that ends a list leaves no empty bullet around it', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note);
  await note.type('- First point\nSecond point\n');
  await note.tool('Insert table').click();
  await note.type('In the table');
  await expect(note.content.locator('li')).toHaveText(['First point', 'Second point']);
  await expect(note.content.locator('table td, table th').first()).toHaveText('In the table');
  await expect(note.content.locator('ul + table')).toHaveCount(1);
});
