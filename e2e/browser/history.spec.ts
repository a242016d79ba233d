import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { must, type Harness } from './harness';
import { doc } from '../../app/testing/fixtures';
import { expect, test } from './fixtures';

const VISIT = DEMO_VISIT_ID;
const BRIEF = 'demo-note-oktay-brief';
const ORIGINAL_LINE = 'We propose to set the date of the commission before the summer.';

async function stored(harness: Harness): Promise<{ revision: number; text: string }> {
  const note = await must<{ revision: number; content: unknown }>(harness, 'notes.get', { id: BRIEF });
  return { revision: note.revision, text: JSON.stringify(note.content) };
}

test('an older version is previewed read-only and restored; the text it replaced stays in the history', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, BRIEF);
  // Two status changes: each keeps a revision.
  await note.setStatus('Send for review');
  await note.setStatus('Back to draft');
  await expect(note.workflow.getByRole('button', { name: 'Send for review' })).toBeVisible();
  await note.focusEnd();
  await note.type('\nLate news: the commission meets in May.');

  // Straight to the history while the last words may still be waiting to be saved.
  await note.openHistory();
  await expect(note.revisions).toHaveText([
    /^Status change: Draft.*Revision 3/,
    /^Status change: In review.*Revision 2/,
    /^Created.*Revision 1/,
  ]);
  const inReview = note.revisions.filter({ hasText: 'Status change: In review' });
  await inReview.focus();
  await page.keyboard.press('Enter');
  await expect(inReview).toHaveAttribute('aria-pressed', 'true');
  await expect(note.revisionPreview).toContainText(ORIGINAL_LINE);
  await expect(note.revisionPreview).not.toContainText('Late news');
  await expect(note.revisionPreview).toHaveAttribute('contenteditable', 'false');
  // The preview takes the editor's place; Escape goes back to it, and to the revision in the list.
  await expect(note.content).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(note.content).toBeVisible();
  await expect(inReview).toBeFocused();
  await expect(inReview).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('Enter');
  await note.history.getByRole('button', { name: 'Restore this version' }).click();
  // Said in the toast; the focus goes to the revision the restore made, at the top of the list.
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveText(/^Restored revision 2 as revision \d+\.$/);
  await expect(note.revisions.nth(0)).toBeFocused();
  await expect(note.content).toBeVisible();
  await expect(note.content).toContainText(ORIGINAL_LINE);
  await expect(note.content).not.toContainText('Late news');
  expect((await stored(harness)).text).not.toContain('Late news');

  // The restore is itself in the history, above the words it replaced (saved first, then kept).
  await expect(note.revisions.nth(0)).toContainText('Restore of an earlier version');
  await expect(note.revisions.nth(1)).toContainText('Editing snapshot');
  await note.revisions.nth(1).click();
  await expect(note.revisionPreview).toContainText('Late news: the commission meets in May.');

  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toContainText(ORIGINAL_LINE);
  await expect(note.content).not.toContainText('Late news');
});

test('restoring over a change made elsewhere is refused as a conflict, shown, and the newer text kept', async ({
  harness,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, BRIEF);
  await note.focusEnd();
  await note.type('\nA line typed here.');
  await note.expectSaved();
  // Another laptop (or the CLI) saves on top of it.
  const { revision } = await stored(harness);
  const other = await harness.dispatch('notes.save', {
    id: BRIEF,
    baseRevision: revision,
    content: doc('Text saved from another laptop.'),
  });
  expect(other.ok).toBe(true);

  await note.openHistory();
  await note.revisions.filter({ hasText: 'Created' }).click();
  await expect(note.revisionPreview).toContainText(ORIGINAL_LINE);
  await note.history.getByRole('button', { name: 'Restore this version' }).click();
  const alert = note.history.getByRole('alert');
  await expect(alert).toContainText('The note was changed elsewhere, so nothing was restored.');
  expect((await stored(harness)).text).toContain('Text saved from another laptop.');

  await alert.getByRole('button', { name: 'Load the saved version' }).click();
  await expect(note.content).toBeVisible();
  await expect(note.content).toHaveText('Text saved from another laptop.');
});

test('a cleared note shows its history but offers no restore until reopened', async ({ harness, note }) => {
  seedDemo(harness.store);
  await note.open(VISIT, BRIEF);
  await note.setStatus('Send for review');
  await note.setStatus('Clear');
  await note.openHistory();
  await note.revisions.filter({ hasText: 'Created' }).click();
  await expect(note.revisionPreview).toContainText(ORIGINAL_LINE);
  await expect(note.history.getByRole('button', { name: 'Restore this version' })).toBeDisabled();
  await expect(note.history).toContainText('This note is cleared. Reopen it to restore an earlier version.');
});
