import { VISIT_INPUT, doc } from '../../app/testing/fixtures';
import { must } from './harness';
import { PackPage } from './pages/PackPage';
import { APP_URL, expect, test } from './fixtures';

const PARAGRAPH =
  'Bilateral trade stayed above three billion dollars despite the pandemic, and both sides aim for ten billion within five years. ';

test('the note shows its word count and length in Word, and flags a brief past the page limit', async ({
  page,
  harness,
  note,
}) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const { id } = await must<{ id: string }>(harness, 'notes.create', {
    visitId,
    title: 'Background',
    content: doc('Short start.'),
  });
  await note.open(visitId, id);
  const length = page.getByRole('status', { name: 'Length' });
  await expect(length).toHaveText('2 words · about 0.2 pages in Word');
  await note.focusEnd();
  await note.type(' Three more words');
  await expect(length).toHaveText(/^5 words · about 0\.2 pages in Word$/);

  // About three pages of text: over the two pages a brief should take.
  const { id: longId } = await must<{ id: string }>(harness, 'notes.create', {
    visitId,
    title: 'Long brief',
    content: doc(...Array.from({ length: 40 }, () => PARAGRAPH.repeat(3))),
  });
  await note.open(visitId, longId);
  await expect(length).toHaveText(/^⚠ 2,400 words · about 3\.\d pages in Word — longer than 2 pages$/);

  // The limit is a setting.
  await must(harness, 'settings.set', { briefPageLimit: 4 });
  await page.reload();
  await note.waitUntilOpen();
  await expect(length).toHaveText(/^2,400 words · about 3\.\d pages in Word$/);
});

test('the pack builder flags a brief longer than the page limit, as the note does', async ({ page, harness, note }) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const { id: longId } = await must<{ id: string }>(harness, 'notes.create', {
    visitId,
    title: 'Long brief',
    content: doc(...Array.from({ length: 40 }, () => PARAGRAPH.repeat(3))),
  });
  await must(harness, 'notes.create', { visitId, title: 'Short brief', content: doc('Two lines.') });
  await note.open(visitId, longId);
  const status = await page.getByRole('status', { name: 'Length' }).innerText();
  const pages = /about (\d\.\d) pages/u.exec(status)![1]!;

  const pack = new PackPage(page);
  await pack.open(APP_URL, visitId);
  const long = pack.included.getByRole('listitem').filter({ hasText: 'Long brief' });
  const short = pack.included.getByRole('listitem').filter({ hasText: 'Short brief' });
  // The same estimate as the note's status line.
  await expect(long).toContainText(`about ${pages} pages — over the 2-page limit`);
  await expect(short).not.toContainText('over the');

  // The limit is the setting.
  await must(harness, 'settings.set', { briefPageLimit: 4 });
  await page.reload();
  await pack.included.waitFor();
  await expect(long).toContainText('Long brief');
  await expect(long).not.toContainText('over the');
});
