import { seedDemo } from '../../app/demo/seed';
import { VISIT_INPUT } from '../../app/testing/fixtures';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import type { NoteEditorPage } from './pages/NoteEditorPage';
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

/** The dates the window itself writes: visit list, visit heading, programme, note header, history. */
async function datesShown(page: Page, note: NoteEditorPage, visitId: string, noteId: string) {
  await page.goto(APP_URL);
  const listed = await page.locator('.visit-meta').first().innerText();
  await page.goto(`${APP_URL}#/visits/${visitId}/programme`);
  const heading = await page.locator('.visit-meta').first().innerText();
  const programme = await page.getByRole('list', { name: 'Programme' }).locator('.time').first().innerText();
  await note.open(visitId, noteId);
  const header = await page.locator('.note-meta').innerText();
  await note.openHistory();
  const history = await page.locator('#note-history').innerText();
  return { listed, heading, programme, header, history };
}

test('dates follow a British user’s locale: day before month, 24-hour clock', async ({ page, harness, note }) => {
  const { visitId } = seedDemo(harness.store);
  const noteId = harness.store.notes.listForVisit(visitId)[0]!.id;
  expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
  const shown = await datesShown(page, note, visitId, noteId);
  expect(shown.listed).toContain('4–5 March 2021');
  expect(shown.heading).toContain('4–5 March 2021');
  expect(shown.programme).toContain('Thu 4 Mar, 11:00');
  expect(shown.header).toMatch(/last edited \d{1,2} [A-Z][a-z]{2,3} 20\d\d, \d\d:\d\d/u);
  expect(shown.history).toMatch(/\d{1,2} [A-Z][a-z]{2,3} 20\d\d, \d\d:\d\d/u);
  for (const text of Object.values(shown)) expect(text).not.toMatch(/\b(AM|PM)\b|[A-Z][a-z]+ \d{1,2},/u);
});

test.describe('for an American user', () => {
  test.use({ locale: 'en-US' });
  test('dates read month first with a 12-hour clock', async ({ page, harness, note }) => {
    const { visitId } = seedDemo(harness.store);
    const noteId = harness.store.notes.listForVisit(visitId)[0]!.id;
    const shown = await datesShown(page, note, visitId, noteId);
    expect(shown.listed).toContain('March 4–5, 2021');
    expect(shown.heading).toContain('March 4–5, 2021');
    expect(shown.programme).toMatch(/Thu, Mar 4, 11:00\sAM/u);
    expect(shown.header).toMatch(/last edited [A-Z][a-z]{2} \d{1,2}, 20\d\d, \d{1,2}:\d\d\s[AP]M/u);
  });
});

test('date boxes read day, month, year for a British user', async ({ page, harness }) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/overview`);
  const start = page.getByRole('form', { name: 'Visit details' }).getByLabel('Start date');
  await expect(start).toHaveValue('2021-03-04');
  // The parts of a date box are only in the browser's own accessibility tree, in the order shown.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string } }[];
  };
  const parts = nodes
    .filter((n) => n.role?.value === 'spinbutton')
    .map((n) => n.name?.value.split(' ')[0])
    .slice(0, 3);
  expect(parts).toEqual(['Day', 'Month', 'Year']);
});
