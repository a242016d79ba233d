import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { must } from './harness';
import { expect, test } from './fixtures';

test('the field menu offers what starts with the query first, name-only variants and any person of the visit', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  await note.focusEnd();
  await note.press('Enter');
  const menu = page.getByRole('listbox', { name: 'Insert a field' });

  // "{coun": Counterpart comes before Host country, so Enter inserts the counterpart.
  await note.type('Host: {coun');
  await expect(menu.getByRole('option').first()).toContainText('Counterpart');
  await note.press('Enter');
  await expect(note.content).toContainText('Host: Mevlüt Çavuşoğlu, Minister of Foreign Affairs');

  await note.press('Enter');
  await note.type('Dear {principal name');
  await note.press('Enter');
  await expect(note.content).toContainText('Dear Mukhtar Tleuberdi');
  await expect(note.content).not.toContainText('Dear Mukhtar Tleuberdi,');

  // Anyone in the visit's People, with the title held on the meeting's date.
  await note.press('Enter');
  await note.type('Also present: {erdog');
  await expect(menu.getByRole('option')).toHaveCount(1);
  await note.press('Enter');
  await expect(note.content).toContainText('Also present: Recep Tayyip Erdoğan, President');
  await note.expectSaved();

  const { content } = await must<{ content: unknown }>(harness, 'notes.get', { id: 'demo-note-oktay-brief' });
  expect(JSON.stringify(content)).toContain('"field":"person","personId":"demo-person-erdogan"');
  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toContainText('Also present: Recep Tayyip Erdoğan, President');
});

test('a person is inserted from the toolbar and meeting times read as local time in the city', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  await note.focusEnd();
  await note.press('Enter');
  await note.type('With ');
  await note.toolbar.getByLabel('Insert field').selectOption({ label: 'Fuat Oktay' });
  await expect(note.content).toContainText('With Fuat Oktay, Vice-President');
  await note.type(' at ');
  await note.toolbar.getByLabel('Insert field').selectOption({ label: 'Meeting time' });
  await expect(note.content).toContainText('at Friday 5 March 2021, 10:00–11:00 local time (Ankara)');
  await expect(page.locator('body')).not.toContainText('Europe/Istanbul');
});
