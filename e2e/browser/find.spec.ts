import type { Page } from '@playwright/test';
import { VISIT_INPUT, doc } from '../../app/testing/fixtures';
import { must, type Harness } from './harness';
import { APP_URL, expect, test } from './fixtures';
import type { NoteEditorPage } from './pages/NoteEditorPage';

async function openNewNote(page: Page, harness: Harness, note: NoteEditorPage): Promise<void> {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('form', { name: 'New note' }).getByLabel('Title', { exact: true }).pressSequentially('Brief');
  await page.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await note.focusEnd();
}

/** A note of `paragraphs` "Paragraph N: the delegation met.", open, with Find on "delegation". */
async function findInLongNote(page: Page, harness: Harness, note: NoteEditorPage, paragraphs: number): Promise<void> {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const texts = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1}: the delegation met.`);
  const { id } = await must<{ id: string }>(harness, 'notes.create', {
    visitId,
    title: 'Long',
    content: doc(...texts),
  });
  await page.goto(`${APP_URL}#/visits/${visitId}/notes/${id}`);
  await note.waitUntilOpen();
  await note.content.click();
  await note.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByLabel('Find', { exact: true }).pressSequentially('delegation');
  await expect(bar.getByRole('status', { name: 'Matches' })).toHaveText(`1 of ${paragraphs}`);
}

/** Ranges in each find highlight: [every other match, the current one]. */
function highlighted(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    return [registry.get('briefing-find')?.size ?? 0, registry.get('briefing-find-current')?.size ?? 0];
  });
}

test('Ctrl+F finds a name however it is accented, with match case and whole word', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type('Minister Çavuşoğlu met the press.\nMr Cavusoglu said trade and trades grow. Trade matters.');
  await note.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  const find = bar.getByLabel('Find', { exact: true });
  await expect(find).toBeFocused();
  await find.pressSequentially('Cavusoglu');
  const count = bar.getByRole('status', { name: 'Matches' });
  await expect(count).toHaveText('1 of 2');
  await expect.poll(() => highlighted(page)).toEqual([1, 1]);
  await find.press('Enter');
  await expect(count).toHaveText('2 of 2');

  await find.fill('trade');
  await expect(count).toHaveText('1 of 3');
  await bar.getByLabel('Whole word').check();
  await expect(count).toHaveText('1 of 2');
  await bar.getByLabel('Match case').check();
  await expect(count).toHaveText('1 of 1');
  await find.fill('nothing like it');
  await expect(count).toHaveText('No matches');
  await expect.poll(() => highlighted(page)).toEqual([0, 0]);

  // Escape closes the bar, clears the highlights and puts the caret back in the text.
  await find.fill('press');
  await find.press('Escape');
  await expect(bar).toBeHidden();
  await expect(note.content).toBeFocused();
  await expect.poll(() => highlighted(page)).toEqual([0, 0]);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('press');
});

test('in a long note every match is counted, and the matches come into view highlighted as the note scrolls', async ({
  page,
  harness,
  note,
}) => {
  await findInLongNote(page, harness, note, 400);
  /** The paragraph numbers whose match is highlighted. */
  const highlightedParagraphs = () =>
    page.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
      const all = registry.get('briefing-find');
      return [...(all ?? [])].map((r) => Number(/^Paragraph (\d+)/.exec(r.startContainer.textContent ?? '')?.[1]));
    });
  await expect.poll(async () => (await highlightedParagraphs()).includes(2)).toBe(true);
  // Only what is on or near the screen is marked: thousands of marked ranges slowed typing.
  expect(await highlightedParagraphs()).not.toContain(400);
  await note.content.locator('p').last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await highlightedParagraphs()).includes(400)).toBe(true);
});

test('typing with Find open never leaves a mark on the wrong letters, even as the note scrolls', async ({
  page,
  harness,
  note,
}) => {
  await findInLongNote(page, harness, note, 200);
  /** The text under every mark, read a few frames after a letter is typed before the matches and the page scrolls. */
  const markedAfterTypingAndScrolling = () =>
    page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const editor = document.getElementById('note-editor-content')!;
      const text = editor.children[2]!.firstChild!.firstChild as Text;
      editor.focus();
      getSelection()!.setBaseAndExtent(text, 0, text, 0);
      await frame();
      document.execCommand('insertText', false, 'X');
      await frame();
      window.scrollBy(0, 120);
      await frame();
      await frame();
      const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
      return [...(registry.get('briefing-find') ?? []), ...(registry.get('briefing-find-current') ?? [])].map((r) =>
        (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset),
      );
    });
  for (const marked of await markedAfterTypingAndScrolling()) expect(marked).toBe('delegation');
  // A moment after the typing stops, the matches are searched and marked again, on the right letters.
  const marked = () =>
    page.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
      return [...(registry.get('briefing-find') ?? [])].map((r) =>
        (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset),
      );
    });
  await expect.poll(async () => (await marked()).length).toBeGreaterThan(5);
  expect(new Set(await marked())).toEqual(new Set(['delegation']));
});

test('Ctrl+H replaces one match or all of them, and one Ctrl+Z undoes Replace all', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type('Kazakstan and Kazakstan.\nThe Kazakstan delegation.');
  await note.press('Control+h');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByLabel('Find', { exact: true }).pressSequentially('Kazakstan');
  await bar.getByLabel('Replace with').pressSequentially('Kazakhstan');
  await bar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(note.content).toContainText('Kazakhstan and Kazakstan.');
  await expect(bar.getByRole('status', { name: 'Matches' })).toHaveText('1 of 2');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(bar.getByRole('status', { name: 'Matches' })).toHaveText('Replaced 2 matches');
  await expect(note.content).toHaveText('Kazakhstan and Kazakhstan.The Kazakhstan delegation.');
  await note.expectSaved();
  await note.content.click();
  await note.press('Control+z');
  await expect(note.content).toHaveText('Kazakhstan and Kazakstan.The Kazakstan delegation.');
});

test("the visit's notes are searched from its Notes tab, accents ignored, and a hit opens its note", async ({
  page,
  harness,
  note,
}) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await must(harness, 'notes.create', { visitId, title: 'Scene-setter', content: doc('Trade with Türkiye grows.') });
  const { id } = await must<{ id: string }>(harness, 'notes.create', {
    visitId,
    title: 'Talking points',
    content: doc('Thank Minister Çavuşoğlu for the invitation.'),
  });
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  const search = page.getByRole('search', { name: "Search this visit's notes" });
  await search.getByLabel('Search notes').pressSequentially('Cavusoglu');
  const found = search.getByRole('list', { name: 'Notes found' }).getByRole('button');
  await expect(found).toHaveText(['Talking points']);
  await expect(search.locator('mark')).toHaveText('Çavuşoğlu');
  await found.click();
  await note.waitUntilOpen();
  expect(page.url()).toContain(id);
});

test('quotes and dashes become typographic as you type, unless the setting is off', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type(`He said "it's agreed" -- for 2021.`);
  await expect(note.content).toContainText('He said “it’s agreed” – for 2021.');
  await note.press('Control+z');
  await must(harness, 'settings.set', { smartQuotes: false });
  await page.reload();
  await note.waitUntilOpen();
  await note.focusEnd();
  await note.type(` "plain"`);
  await expect(note.content).toContainText('"plain"');
});

test('nested numbered lists read 1. / a. / i. as in Word', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type('1. First\n');
  await note.press('Tab');
  await note.type('Sub\n');
  await note.press('Tab');
  await note.type('Subsub');
  const styles = await note.content
    .locator('ol')
    .evaluateAll((lists) => lists.map((l) => getComputedStyle(l).listStyleType));
  expect(styles).toEqual(['decimal', 'lower-alpha', 'lower-roman']);
});

test('Escape closes the New note and Save as template forms and gives focus back; a new note takes the caret', async ({
  page,
  harness,
  note,
}) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  const newNote = page.getByRole('button', { name: 'New note' });
  await newNote.click();
  const form = page.getByRole('form', { name: 'New note' });
  await form.getByLabel('Title', { exact: true }).press('Escape');
  await expect(form).toBeHidden();
  await expect(newNote).toBeFocused();

  await newNote.click();
  await form.getByLabel('Title', { exact: true }).pressSequentially('Talking points');
  await page.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await expect(note.content).toBeFocused();
  await page.keyboard.type('Typed at once');
  await expect(note.content).toContainText('Typed at once');

  const saveAsTemplate = page.getByRole('button', { name: 'Save as template' });
  await saveAsTemplate.click();
  const templateForm = page.getByRole('form', { name: 'Save as template' });
  await expect(templateForm).toBeVisible();
  await templateForm.getByRole('textbox').first().press('Escape');
  await expect(templateForm).toBeHidden();
  await expect(saveAsTemplate).toBeFocused();
});
