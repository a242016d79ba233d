import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

const VISIT = DEMO_VISIT_ID;
const BRIEF = 'demo-note-oktay-brief';
const BRIEF_TITLE = 'Meeting brief: Vice-President Fuat Oktay';
const SCENE_SETTER_TITLE = 'Scene-setter: official visit to Ankara';

test('a note deleted from the note view is gone after a reload; Escape first keeps it', async ({
  harness,
  page,
  visit,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, BRIEF);
  const deleteButton = note.workflow.getByRole('button', { name: 'Delete note' });

  // Asked inline, with the focus on the safe answer; Escape cancels and gives the focus back.
  await deleteButton.click();
  await expect(note.confirmation).toHaveAccessibleName(`Delete “${BRIEF_TITLE}”?`);
  await expect(note.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(note.confirmation).toBeHidden();
  await expect(deleteButton).toBeFocused();
  expect((await harness.dispatch('notes.get', { id: BRIEF })).ok).toBe(true);

  // Typed words are saved before the note goes, so no save is left to fail afterwards.
  await note.focusEnd();
  await note.type('\nOne more line.');
  await deleteButton.click();
  await note.confirmation.getByRole('button', { name: 'Delete note' }).click();

  // Back on the visit's notes, told what happened.
  await expect(page).toHaveURL(`${APP_URL}#/visits/${VISIT}/notes`);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(`Deleted “${BRIEF_TITLE}”.`);
  await expect(visit.notes).not.toContainText(BRIEF_TITLE);
  await expect(visit.notes).toContainText(SCENE_SETTER_TITLE);
  await page.reload();
  await expect(visit.notes).toContainText(SCENE_SETTER_TITLE);
  await expect(visit.notes).not.toContainText(BRIEF_TITLE);
  expect(await harness.dispatch('notes.get', { id: BRIEF })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(harness.calls.filter((c) => c.op === 'notes.save' || c.op === 'notes.delete').at(-1)?.op).toBe('notes.delete');
});

test('a note deleted from the visit’s notes list is gone after a reload; Cancel keeps it', async ({
  harness,
  page,
  visit,
  note,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  const row = visit.notes.getByRole('row').filter({ hasText: SCENE_SETTER_TITLE });

  await row.getByRole('button', { name: `Delete ${SCENE_SETTER_TITLE}` }).click();
  await expect(note.confirmation).toContainText('The note and all its earlier versions are deleted for good');
  await note.confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(note.confirmation).toBeHidden();
  await page.reload();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: `Delete ${SCENE_SETTER_TITLE}` }).click();
  await note.confirmation.getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(`Deleted “${SCENE_SETTER_TITLE}”.`);
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(visit.notes).toContainText(BRIEF_TITLE);
  await expect(row).toHaveCount(0);
});

test('removing a person or a programme item asks inline first; Escape and Cancel keep them', async ({
  harness,
  page,
  visit,
  note,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/people`);
  await visit.people.getByRole('button', { name: 'Remove Askar Mamin' }).click();
  await expect(note.confirmation).toHaveAccessibleName('Remove Askar Mamin from this visit?');
  await page.keyboard.press('Escape');
  await expect(note.confirmation).toBeHidden();
  await expect(visit.people).toContainText('Askar Mamin');
  await visit.people.getByRole('button', { name: 'Remove Askar Mamin' }).click();
  await note.confirmation.getByRole('button', { name: 'Remove person' }).click();
  await expect(visit.people).not.toContainText('Askar Mamin');

  const item = 'Meeting with Vice-President Fuat Oktay';
  await visit.openTab('Programme');
  await visit.programme.getByRole('button', { name: `Remove ${item}` }).click();
  await note.confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(visit.programme).toContainText(item);
  await visit.programme.getByRole('button', { name: `Remove ${item}` }).click();
  await note.confirmation.getByRole('button', { name: 'Remove item' }).click();
  await expect(visit.programme).not.toContainText(item);
  await page.reload();
  await expect(visit.programme).not.toContainText(item);
  await visit.openTab('People');
  await expect(visit.people).not.toContainText('Askar Mamin');
});
