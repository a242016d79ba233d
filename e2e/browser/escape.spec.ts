import type { Locator, Page } from '@playwright/test';
import { VISIT_INPUT } from '../../app/testing/fixtures';
import { APP_URL, expect, test } from './fixtures';
import { must } from './harness';

/** Escape where the focus is, then the form or question is gone and the focus is back on `opener`. */
async function escapeBackTo(page: Page, gone: Locator, opener: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(gone).toBeHidden();
  await expect(opener).toBeFocused();
}

test('Escape closes every inline form and question and gives the focus back to what opened it', async ({
  page,
  harness,
  note,
}) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const person = await must<{ id: string }>(harness, 'people.create', {
    visitId,
    name: 'Fuat Oktay',
    titles: [{ title: 'Vice-President of Turkey' }],
  });
  await must(harness, 'programme.create', {
    visitId,
    title: 'Meeting with the Vice-President',
    start: '2021-03-05T10:00',
    participants: [person.id],
  });

  // Visits: New visit, untouched, closes at once.
  await page.goto(APP_URL);
  const newVisit = page.getByRole('button', { name: 'New visit' });
  await newVisit.click();
  const visitForm = page.getByRole('form', { name: 'New visit' });
  await expect(visitForm.getByLabel('Title')).toBeFocused();
  await escapeBackTo(page, visitForm, newVisit);
  // With typing in it, Escape asks first; Escape again keeps the typing, Discard closes.
  await newVisit.click();
  await visitForm.getByLabel('Title').pressSequentially('Working visit');
  await page.keyboard.press('Escape');
  const discard = page.getByRole('alertdialog', { name: 'Discard the new visit?' });
  await expect(discard.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await escapeBackTo(page, discard, visitForm.getByLabel('Title'));
  await expect(visitForm.getByLabel('Title')).toHaveValue('Working visit');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(visitForm).toBeHidden();
  await expect(newVisit).toBeFocused();

  // People: Add person, Edit, Remove.
  await page.goto(`${APP_URL}#/visits/${visitId}/people`);
  const addPerson = page.getByRole('button', { name: 'Add person' });
  await addPerson.click();
  await escapeBackTo(page, page.getByRole('form', { name: 'New person' }), addPerson);
  const edit = page.getByRole('button', { name: 'Edit Fuat Oktay' });
  await edit.click();
  await escapeBackTo(page, page.getByRole('form', { name: 'Edit person' }), edit);
  const remove = page.getByRole('button', { name: 'Remove Fuat Oktay' });
  await remove.click();
  await escapeBackTo(page, page.getByRole('alertdialog'), remove);

  // Programme: Add programme item, Edit; Cancel gives the focus back as well.
  await page.getByRole('tab', { name: /^Programme/ }).click();
  const addItem = page.getByRole('button', { name: 'Add programme item' });
  await addItem.click();
  const itemForm = page.getByRole('form', { name: 'New programme item' });
  await escapeBackTo(page, itemForm, addItem);
  await addItem.click();
  await itemForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(addItem).toBeFocused();
  const editItem = page.getByRole('button', { name: 'Edit Meeting with the Vice-President' });
  await editItem.click();
  await escapeBackTo(page, page.getByRole('form', { name: 'Edit programme item' }), editItem);

  // Notes: New note; a note created takes the caret.
  await page.getByRole('tab', { name: /^Notes/ }).click();
  const newNote = page.getByRole('button', { name: 'New note' });
  await newNote.click();
  const noteForm = page.getByRole('form', { name: 'New note' });
  await escapeBackTo(page, noteForm, newNote);
  await newNote.click();
  await noteForm.getByRole('radio', { name: /^Meeting brief/ }).check();
  await noteForm.getByLabel('For the meeting').selectOption({ label: 'Meeting with the Vice-President' });
  await noteForm.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await expect(note.content).toBeFocused();

  // The note: Save as template, Delete note, History, the unfinished-note question.
  const saveAsTemplate = page.getByRole('button', { name: 'Save as template' });
  await saveAsTemplate.click();
  await escapeBackTo(page, page.getByRole('form', { name: 'Save as template' }), saveAsTemplate);
  const deleteNote = page.getByRole('button', { name: 'Delete note' });
  await deleteNote.click();
  await escapeBackTo(page, page.getByRole('alertdialog'), deleteNote);
  const history = page.getByRole('button', { name: 'History', exact: true });
  await history.click();
  const panel = page.getByRole('region', { name: 'History' });
  await panel.getByRole('button', { name: 'Close history' }).focus();
  await escapeBackTo(page, panel, history);
  const review = page.getByRole('button', { name: 'Send for review' });
  await review.click();
  const unfinished = page.getByRole('alertdialog', { name: 'Unfinished note' });
  await expect(unfinished.getByRole('button').first()).toBeFocused();
  await escapeBackTo(page, unfinished, review);
  await expect(page.locator('.note-meta')).toContainText('Draft');

  // Note details: Escape in the title puts the saved title back.
  const title = page.getByRole('group', { name: 'Note details' }).getByLabel('Title');
  const saved = await title.inputValue();
  await title.fill('Half-typed title');
  await title.press('Escape');
  await expect(title).toHaveValue(saved);
});
