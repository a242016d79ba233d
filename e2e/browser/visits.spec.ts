import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { seedDemo } from '../../app/demo/seed';
import { expect, test } from './fixtures';

const CLI = path.resolve(__dirname, '../../bin/briefing.cjs');

test('the demo visit is listed with its dates and place', async ({ harness, visits }) => {
  seedDemo(harness.store);
  await visits.open();
  const row = visits.row(/Official visit of the Deputy Prime Minister/);
  await expect(row).toBeVisible();
  await expect(row).toContainText('4–5 March 2021');
  await expect(row).toContainText('Ankara');
  await row.click();
  await visits.page.getByRole('tab', { name: /Programme/ }).click();
  await expect(visits.page.getByRole('list', { name: 'Programme' })).toContainText(
    'Meeting with Vice-President Fuat Oktay',
  );
  await visits.page.getByRole('tab', { name: /People/ }).click();
  await expect(visits.page.getByRole('list', { name: 'People' })).toContainText('Mevlut Cavusoglu');
});

test('a visit created through the form survives a reload and is seen by the CLI', async ({ harness, visits, page }) => {
  await visits.open();
  await expect(page.getByText('No visits yet')).toBeVisible();
  await visits.createVisit({
    title: 'Working visit of the Foreign Minister to Astana',
    guestCountry: 'tr',
    hostCountry: 'KZ',
    city: 'Astana',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
  });
  // The new visit opens.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Working visit of the Foreign Minister to Astana');
  await visits.open();
  await expect(visits.row(/Working visit of the Foreign Minister to Astana/)).toBeVisible();

  await page.reload();
  await expect(visits.row(/Working visit of the Foreign Minister to Astana/)).toContainText('1–2 December 2026');

  const listed = execFileSync(process.execPath, [CLI, '--db', harness.dbFile, 'list', '--json'], { encoding: 'utf8' });
  const rows = JSON.parse(listed) as { title: string; hostCountry: string; guestCountry: string }[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    title: 'Working visit of the Foreign Minister to Astana',
    hostCountry: 'KZ',
    guestCountry: 'TR',
  });
});

test('bad input is explained beside each field and nothing is written', async ({ harness, visits, page }) => {
  await visits.open();
  await visits.createVisit({
    guestCountry: 'XX',
    hostCountry: 'TR',
    city: 'Ankara',
    startDate: '2026-12-05',
    endDate: '2026-12-01',
  });
  await expect(page.getByRole('alert')).toContainText('Please correct the fields marked below');
  await expect(visits.fieldError('Title')).toHaveText('Title is required');
  await expect(visits.fieldError('Guest country')).toContainText('two-letter ISO country code');
  await expect(visits.fieldError('End date')).toHaveText('End date must not be before the start date');
  await expect(visits.form.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(harness.store.visits.list()).toEqual([]);

  // Correcting the fields clears the errors and creates the visit.
  await visits.form.getByLabel('Title', { exact: true }).pressSequentially('Call on the Foreign Minister');
  await visits.form.getByLabel('Guest country', { exact: true }).fill('');
  await visits.form.getByLabel('Guest country', { exact: true }).pressSequentially('KZ');
  await visits.form.getByLabel('End date', { exact: true }).fill('2026-12-06');
  await visits.form.getByRole('button', { name: 'Create visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call on the Foreign Minister');
  expect(harness.store.visits.list()).toHaveLength(1);
});

test('countries are typed by name, the time zone follows the host capital, and errors go once fixed', async ({
  harness,
  visits,
  page,
}) => {
  await visits.open();
  await visits.createVisit({
    title: 'State visit to London',
    guestCountry: 'Narnia',
    hostCountry: 'UK',
    city: 'London',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
  });
  const timeZone = visits.form.getByLabel('Time zone', { exact: true });
  await expect(timeZone).toHaveValue('Europe/London');
  await expect(visits.fieldError('Guest country')).toContainText('country code');
  const guest = visits.form.getByLabel('Guest country', { exact: true });
  await guest.fill('');
  // The message goes as soon as the field is edited, before the form is sent again.
  await expect(visits.fieldError('Guest country')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await guest.pressSequentially('Turkey');
  const host = visits.form.getByLabel('Host country', { exact: true });
  await host.fill('');
  await host.pressSequentially('Kenya');
  await expect(timeZone).toHaveValue('Africa/Nairobi');
  await visits.form.getByRole('button', { name: 'Create visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('State visit to London');
  const [created] = harness.store.visits.list();
  expect(harness.store.visits.get(created!.id)).toMatchObject({
    guestCountry: 'TR',
    hostCountry: 'KE',
    timeZone: 'Africa/Nairobi',
  });
});
