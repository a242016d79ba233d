import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

test('the visits list narrows as you type and by status, most recent first', async ({ harness, visits, page }) => {
  seedDemo(harness.store);
  for (const [title, city, startDate, status] of [
    ['Working visit of the Foreign Minister to Astana', 'Astana', '2026-12-01', 'planned'],
    ['State visit of the President to Tashkent', 'Tashkent', '2025-05-10', 'cancelled'],
  ] as const) {
    const r = await harness.dispatch('visits.create', {
      title,
      city,
      hostCountry: city === 'Astana' ? 'KZ' : 'UZ',
      guestCountry: 'TR',
      startDate,
      endDate: startDate,
      status,
    });
    expect(r.ok).toBe(true);
  }
  await visits.open();
  await expect(visits.list.getByRole('button')).toHaveCount(3);
  await expect(visits.list.locator('.visit-title')).toHaveText([
    'Working visit of the Foreign Minister to Astana',
    'State visit of the President to Tashkent',
    /Official visit of the Deputy Prime Minister/,
  ]);

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('ankara');
  await expect(visits.list.getByRole('button')).toHaveCount(1);
  await expect(page.getByText('1 of 3 visits')).toBeVisible();
  // People's other spellings and note text are searched by the app (full-text, accents ignored).
  await search.fill('');
  await search.pressSequentially('chavoshuglu');
  await expect(visits.list.getByRole('button')).toHaveCount(1);
  await expect(visits.list.getByRole('button')).toContainText('Found in person: Mevlüt Çavuşoğlu');
  await search.fill('');
  await page.getByLabel('Status').selectOption('cancelled');
  await expect(visits.list.locator('.visit-title')).toHaveText(['State visit of the President to Tashkent']);
  await search.pressSequentially('astana');
  await expect(page.getByText('No visits match')).toBeVisible();
});

test('the visit overview is edited in place; errors are shown beside their fields', async ({ harness, page }) => {
  const { visitId } = seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${visitId}/overview`);
  const form = page.getByRole('form', { name: 'Visit details' });
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeDisabled();

  await form.getByLabel('End date').fill('2021-03-01');
  await form.getByLabel('City').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expect(form.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('End date must not be before the start date')).toBeVisible();
  await expect(form.getByLabel('City')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('End date').fill('2021-03-06');
  await form.getByLabel('City').pressSequentially('Antalya');
  await form.getByLabel('Classification').selectOption('RESTRICTED');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(page.locator('.visit-meta').first()).toContainText('4–6 March 2021 · Antalya');

  await page.reload();
  await expect(page.getByRole('form', { name: 'Visit details' }).getByLabel('City')).toHaveValue('Antalya');
  await expect(page.locator('.visit-badges .classification')).toHaveText('RESTRICTED');
});

test('the tabs are reachable by keyboard and each names its panel', async ({ harness, page }) => {
  const { visitId } = seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${visitId}/overview`);
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Programme/ })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: /^Programme/ })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tabpanel', { name: 'Briefing pack' })).toBeVisible();
  await expect(page).toHaveURL(/#\/visits\/[^/]+\/pack$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tabpanel', { name: 'Notes' })).toBeVisible();
  await expect(page).toHaveURL(/#\/visits\/[^/]+\/notes$/);
});
