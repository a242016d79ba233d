import { VISIT_INPUT } from '../../app/testing/fixtures';
import { APP_URL, expect, test } from './fixtures';
import { must } from './harness';

const KENYAN = {
  name: 'Alfred Nganga Mutua',
  country: 'KE',
  aliases: ['A. N. Mutua'],
  titles: [
    {
      title: 'Cabinet Secretary for Foreign and Diaspora Affairs',
      organisation: 'Government of the Republic of Kenya',
      from: '2023-10-04',
    },
    {
      title: 'Governor of Machakos County',
      organisation: 'County Government of Machakos, Republic of Kenya',
      from: '2013-03-27',
      to: '2022-08-25',
    },
  ],
};

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
]) {
  test(`the person form shows two titles in full at ${viewport.width}×${viewport.height}`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize(viewport);
    const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
    await must(harness, 'people.create', { visitId, ...KENYAN });
    await page.goto(`${APP_URL}#/visits/${visitId}/people`);
    await page.getByRole('button', { name: `Edit ${KENYAN.name}` }).click();
    const form = page.getByRole('form', { name: 'Edit person' });
    await expect(form.getByRole('group', { name: 'Title 2' })).toBeVisible();
    if (process.env.SHOT) await form.screenshot({ path: `${process.env.SHOT}-${viewport.width}.png` });

    // Every box is labelled, and every value fits in its box (nothing cut off at the edge).
    const inputs = form.locator('input:not([type=checkbox]):not([type=radio])');
    const count = await inputs.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const input = inputs.nth(i);
      const { label, value, overflow } = await input.evaluate((el: HTMLInputElement) => ({
        label: el.labels?.[0]?.textContent ?? '',
        value: el.value,
        overflow: el.scrollWidth - el.clientWidth,
      }));
      expect.soft(label, `input #${i} (${value}) has a label`).not.toBe('');
      expect.soft(overflow, `“${label}” shows “${value}” in full`).toBeLessThanOrEqual(0);
    }
    // A date box clips inside its own parts, which scrollWidth does not see: it must be at least
    // as wide as the browser makes it for the whole date and its picker button.
    const dates = form.locator('input[type=date]');
    for (let i = 0; i < (await dates.count()); i++) {
      const { label, width, needed } = await dates.nth(i).evaluate((el: HTMLInputElement) => {
        const width = el.getBoundingClientRect().width;
        const saved = el.getAttribute('style');
        el.style.cssText = 'width: auto; min-width: 0; align-self: flex-start; flex: none';
        const needed = el.getBoundingClientRect().width;
        if (saved === null) el.removeAttribute('style');
        else el.setAttribute('style', saved);
        return { label: el.labels?.[0]?.textContent ?? '', width, needed };
      });
      expect.soft(width, `the date box “${label}” #${i} shows the whole date`).toBeGreaterThanOrEqual(needed - 0.5);
    }
  });
}

test('a person’s country is typed and shown by name', async ({ page, harness }) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await must(harness, 'people.create', { visitId, ...KENYAN });
  await page.goto(`${APP_URL}#/visits/${visitId}/people`);
  await page.getByRole('button', { name: `Edit ${KENYAN.name}` }).click();
  const form = page.getByRole('form', { name: 'Edit person' });
  const country = form.getByLabel('Country');
  await expect(country).toHaveValue('Kenya');
  await country.fill('');
  await country.pressSequentially('UK');
  await form.getByRole('button', { name: 'Save person' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('United Kingdom');
  const { people } = await must<{ people: { country?: string }[] }>(harness, 'visits.get', { id: visitId });
  expect(people[0]!.country).toBe('GB');
});
