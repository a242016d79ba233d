import fs from 'node:fs';
import path from 'node:path';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../app/calendar/fixtures', name), 'utf8');

test('a daily briefing from the host’s calendar becomes one item a day; importing it again adds nothing', async ({
  harness,
  page,
  visit,
}) => {
  seedDemo(harness.store); // 4–5 March 2021 in Ankara: the briefing's 4 March is in, 5 March excluded, 6 March after
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/programme`);
  await expect(visit.programme.getByRole('listitem')).toHaveCount(3);
  const file = { name: 'security.ics', text: fixture('security-briefing-daily.ics') };
  await visit.importCalendar(file);
  await expect(visit.calendarMessage).toHaveText(
    'security.ics: 1 added, 0 updated "Security briefing" also repeats outside the visit\'s dates (4–5 March 2021): only its 1 occurrence within them was imported.',
  );
  await expect(visit.programme.getByRole('listitem')).toHaveCount(4);
  await expect(visit.programme.getByRole('listitem').filter({ hasText: 'Security briefing' })).toHaveCount(1);
  // What the import left out is a warning: it stays until read and closed, past the toast's time.
  await page.waitForTimeout(7_000);
  await expect(visit.calendarMessage).toContainText('also repeats outside the visit');
  await visit.importCalendar(file);
  await expect(visit.calendarMessage).toContainText('security.ics: 0 added, 1 updated');
  await expect(visit.programme.getByRole('listitem')).toHaveCount(4);
});
