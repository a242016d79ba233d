import fs from 'node:fs';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

test('the programme shows host time and the home capital time, exports to .ics and imports it back', async ({
  harness,
  page,
  visit,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/programme`);
  const first = visit.programme.getByRole('listitem').first();
  await expect(first.getByLabel('Host time in Ankara')).toHaveText('Thu 4 Mar, 11:00–12:00');
  await expect(first.getByLabel('Time in Astana')).toHaveText('Astana 14:00–15:00');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Official visit .*\.ics$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('DTSTART;TZID=Europe/Istanbul:20210304T110000');

  // The host's protocol moves the call by half an hour: the same event (UID) updates the item.
  await visit.importCalendar({
    name: 'protocol.ics',
    text: text.replace('DTSTART;TZID=Europe/Istanbul:20210304T110000', 'DTSTART;TZID=Europe/Istanbul:20210304T113000'),
  });
  await expect(visit.calendarMessage).toHaveText('protocol.ics: 0 added, 3 updated');
  await expect(visit.programme.getByRole('listitem')).toHaveCount(3);
  await expect(first.getByLabel('Host time in Ankara')).toHaveText('Thu 4 Mar, 11:30–12:00');

  // A file that is not a calendar: one line, nothing changed.
  await visit.importCalendar({ name: 'notes.txt', text: 'Talking points' });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt was not imported' })).toHaveText(
    'notes.txt was not imported: This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.',
  );
  await expect(visit.programme.getByRole('listitem')).toHaveCount(3);
});

test('a person is added with a native-script name, shown beside the canonical one and found by search', async ({
  harness,
  page,
  visit,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/people`);
  await visit.addPerson({ name: 'Sergey Lavrov', nativeName: 'Сергей Лавров', title: 'Minister of Foreign Affairs' });
  const row = visit.people.getByRole('listitem').filter({ hasText: 'Sergey Lavrov' });
  await expect(row.getByLabel('Native-script name')).toHaveText('Сергей Лавров');
  const search = await harness.dispatch('search', { query: 'Лавров' });
  expect(search.ok && (search.value as { title: string }[]).map((h) => h.title)).toEqual(['Sergey Lavrov']);
});

test('the names check underlines a name typed in Cyrillic and fixes it to the canonical spelling', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-scene-setter');
  await note.focusEnd();
  await note.press('Enter');
  await note.type('Беседа: Тлеуберди и Чавушоглу.');
  const fixes = page.getByRole('list', { name: 'Other spellings' });
  await expect(fixes.getByRole('button', { name: 'Fix Тлеуберди to Tleuberdi' })).toBeVisible();
  await expect(fixes.getByRole('button', { name: 'Fix Чавушоглу to Çavuşoğlu' })).toBeVisible();
  await fixes.getByRole('button', { name: 'Fix Тлеуберди to Tleuberdi' }).click();
  await expect(note.content).toContainText('Беседа: Tleuberdi и Чавушоглу.');
});
