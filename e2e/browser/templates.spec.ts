import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

const VISIT = DEMO_VISIT_ID;
const OKTAY_MEETING = 'Meeting with Vice-President Fuat Oktay';

test('a meeting brief for the Oktay meeting fills its title block from the programme and follows a change of time', async ({
  harness,
  page,
  visit,
  note,
}) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/programme`);
  await page.getByRole('button', { name: `New note for ${OKTAY_MEETING}` }).click();

  const form = page.getByRole('form', { name: 'New note' });
  await expect(form.getByLabel('For the meeting')).toHaveValue('demo-item-oktay');
  await expect(form.getByRole('radio', { name: /^Meeting brief/ })).toBeChecked();
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue(`Meeting brief: ${OKTAY_MEETING}`);
  // The preview is the template with this meeting's values, before anything is created.
  const preview = form.getByRole('textbox', { name: 'Preview of Meeting brief' });
  await expect(preview).toContainText('Friday 5 March 2021, 10:00–11:00 local time (Ankara)');
  await visit.chooseTemplate('Talking points');
  await expect(form.getByRole('textbox', { name: 'Preview of Talking points' })).toBeVisible();
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue(`Talking points: ${OKTAY_MEETING}`);
  await visit.chooseTemplate('Meeting brief');
  await form.getByRole('button', { name: 'Create note' }).click();

  await note.waitUntilOpen();
  await expect(page.locator('#note-heading')).toHaveText(`Meeting brief: ${OKTAY_MEETING}`);
  const titleBlock = note.content;
  await expect(titleBlock).toContainText(`Meeting: ${OKTAY_MEETING}`);
  await expect(titleBlock).toContainText('Date and time: Friday 5 March 2021, 10:00–11:00 local time (Ankara)');
  await expect(titleBlock).toContainText('Place: Vice-Presidency, Ankara');
  // Participants with the titles they held on the day of the meeting.
  await expect(titleBlock).toContainText(
    'Participants (in order of precedence): Fuat Oktay, Vice-President; Mukhtar Tleuberdi, Deputy Prime Minister – Minister of Foreign Affairs',
  );
  await note.expectSaved();
  const noteUrl = page.url();

  // The meeting moves to the afternoon; the note, reopened, shows the new time.
  await page.goto(`${APP_URL}#/visits/${VISIT}/programme`);
  await page.getByRole('button', { name: `Edit ${OKTAY_MEETING}` }).click();
  const edit = page.getByRole('form', { name: 'Edit programme item' });
  await edit.getByLabel('Start', { exact: true }).fill('2021-03-05T14:30');
  await edit.getByLabel('End', { exact: true }).fill('2021-03-05T15:15');
  await edit.getByRole('button', { name: /Save/ }).click();
  await edit.waitFor({ state: 'hidden' });
  await page.goto(noteUrl);
  await note.waitUntilOpen();
  await expect(note.content).toContainText('Friday 5 March 2021, 14:30–15:15 local time (Ankara)');
  await expect(note.content).not.toContainText('10:00–11:00');
});

test('a field with no data shows a visible missing marker', async ({ harness, page, visit, note }) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await visit.chooseTemplate('Meeting brief');
  await page.getByRole('form', { name: 'New note' }).getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  // A brief for the whole visit has no meeting: its meeting fields say so instead of going blank.
  await expect(note.content.locator('[data-field="meeting.place"][data-missing="true"]').first()).toHaveText(
    'Meeting place missing',
  );
  await expect(note.content).toContainText('Visit: Official visit');
});

test('fields are inserted from the { menu and from the toolbar, showing their values', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, 'demo-note-oktay-brief');
  await note.focusEnd();
  await note.press('Enter');
  await note.type('Venue: {meeting pl');
  const menu = page.getByRole('listbox', { name: 'Insert a field' });
  await expect(menu.getByRole('option')).toHaveCount(1);
  await expect(menu.getByRole('option')).toContainText('Vice-Presidency, Ankara');
  await note.press('Enter');
  await expect(menu).toBeHidden();
  await note.type(' /host');
  await note.press('Enter');
  await expect(note.content).toContainText('Venue: Vice-Presidency, Ankara Türkiye');
  await expect(note.content).not.toContainText('{meeting');

  await note.press('Enter');
  await note.type('Dates: ');
  await note.toolbar.getByLabel('Insert field').selectOption({ label: 'Visit dates' });
  await expect(note.content).toContainText('Dates: 4–5 March 2021');
  await note.expectSaved();
  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toContainText('Venue: Vice-Presidency, Ankara Türkiye');
  await expect(note.content).toContainText('Dates: 4–5 March 2021');
});

test('a misspelt name is underlined, listed in the names panel and fixed in one action', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, 'demo-note-oktay-brief');
  const panel = page.getByRole('complementary', { name: 'Names' });
  const issues = panel.getByRole('list', { name: 'Other spellings' });
  // The demo brief itself says "A. Mamin" and "F. Oktay": listed, with who they are.
  await expect(issues.getByRole('listitem')).toHaveCount(2);
  await expect(issues).toContainText('F. Oktay → Fuat Oktay');
  await expect(panel.getByRole('list', { name: 'Mentioned' })).toContainText('Fuat Oktay');
  // Underlines are CSS highlights, not document content: counted through the registry.
  const underlined = () => page.evaluate<number>(`CSS.highlights.get('briefing-name-issue')?.size ?? 0`);
  await expect.poll(underlined).toBe(2);

  await note.focusEnd();
  await note.press('Enter');
  await note.type('Talks with Chavoshuglu on transit');
  await expect(issues).toContainText('Chavoshuglu → Çavuşoğlu');
  await expect(panel.getByRole('list', { name: 'Mentioned' })).toContainText('Mevlüt Çavuşoğlu');
  await expect.poll(underlined).toBe(3);

  // The caret on the word: the offer to replace it, in one click.
  for (let i = 0; i < ' on transit'.length; i++) await note.press('ArrowLeft');
  const offer = page.getByRole('dialog', { name: 'Name spelling' });
  await expect(offer).toContainText('“Chavoshuglu” is a spelling of Mevlüt Çavuşoğlu');
  await offer.getByRole('button', { name: 'Replace with Çavuşoğlu' }).click();
  await expect(note.content).toContainText('Talks with Çavuşoğlu on transit');
  await expect(note.content).not.toContainText('Chavoshuglu');
  await expect(issues.getByRole('listitem')).toHaveCount(2);
  await expect.poll(underlined).toBe(2);

  // Every other spelling at once from the panel.
  await note.focusEnd();
  await note.press('Enter');
  await note.type('Cavusoglu and Mevlut Cavusoglu met Erdogan.');
  await expect(issues.getByRole('listitem')).toHaveCount(5);
  await panel.getByRole('button', { name: /^Fix all/ }).click();
  await expect(note.content).toContainText('Çavuşoğlu and Mevlüt Çavuşoğlu met Erdoğan.');
  await expect(note.content).toContainText('Prime Minister Askar Mamin and Vice-President Fuat Oktay.');
  await expect(panel).toContainText('Every name is spelt as in the visit.');
  await expect.poll(underlined).toBe(0);
  await note.expectSaved();
  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toContainText('Çavuşoğlu and Mevlüt Çavuşoğlu met Erdoğan.');
});

test('a note saved as a template is offered for new notes, edited and deleted', async ({
  harness,
  page,
  visit,
  note,
}) => {
  seedDemo(harness.store);
  await note.open(VISIT, 'demo-note-oktay-brief');
  await note.focusEnd();
  await note.press('Enter');
  await note.type('Our house style: one page at most.');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const saveForm = page.getByRole('form', { name: 'Save as template' });
  await saveForm.getByLabel('Template name').fill('Ankara call brief');
  await saveForm.getByLabel('What it is for').fill('Calls in Ankara, house style');
  await saveForm.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as the template “Ankara call brief”' })).toBeVisible();

  // Offered in New note, with its preview; a note made from it starts with its content.
  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await visit.chooseTemplate('Ankara call brief');
  const form = page.getByRole('form', { name: 'New note' });
  await expect(form.getByRole('textbox', { name: 'Preview of Ankara call brief' })).toContainText(
    'Our house style: one page at most.',
  );
  await form.getByLabel('Title', { exact: true }).fill('Call on the Speaker');
  await form.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await expect(note.content).toContainText('Our house style: one page at most.');

  // Edited on the Templates page: renamed, and its text changed, saved as the user types.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Templates' }).click();
  await page
    .getByRole('table', { name: 'Your templates' })
    .getByRole('button', { name: 'Ankara call brief', exact: true })
    .click();
  await page.getByLabel('Name', { exact: true }).fill('Ankara brief');
  await page.getByLabel('What it is for').focus();
  await note.focusEnd();
  await note.type(' Two annexes.');
  await note.expectSaved();
  await page.goto(`${APP_URL}#/templates`);
  const table = page.getByRole('table', { name: 'Your templates' });
  await expect(table).toContainText('Ankara brief');
  await expect(table).not.toContainText('Ankara call brief');
  const stored = await harness.dispatch('templates.list', {});
  expect(JSON.stringify(stored)).toContain('one page at most. Two annexes.');

  // Deleted after a confirmation; Cancel keeps it. Notes made from it keep their content.
  await table.getByRole('button', { name: 'Delete Ankara brief' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete the template “Ankara brief”?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(table).toContainText('Ankara brief');
  await table.getByRole('button', { name: 'Delete Ankara brief' }).click();
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted the template “Ankara brief”');
  await expect(page.getByRole('table', { name: 'Your templates' })).toBeHidden();
  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('radio', { name: /^Ankara/ })).toHaveCount(0);
});

test('the classifications offered are the installation’s own list', async ({ harness, page }) => {
  seedDemo(harness.store);
  const set = await harness.dispatch('settings.set', { classifications: ['OFFICIAL', 'EYES ONLY'] });
  expect(set.ok).toBe(true);
  await page.goto(`${APP_URL}#/visits/${VISIT}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  const marking = page.getByRole('form', { name: 'New note' }).getByLabel('Classification');
  await expect(marking.locator('option')).toHaveText(['OFFICIAL', 'EYES ONLY']);
  await page.goto(`${APP_URL}#/visits/${VISIT}/overview`);
  await expect(page.getByLabel('Classification').locator('option')).toHaveText(['OFFICIAL', 'EYES ONLY']);
});
