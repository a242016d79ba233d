import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import type { WordExport } from '../../app/api/contract';
import type { Note } from '../../app/domain/note';
import { VISIT_INPUT } from '../../app/testing/fixtures';
import { must, type Harness } from './harness';
import { APP_URL, expect, test } from './fixtures';
import { note as noteOf, paragraph, table } from './noteContent';
import type { NoteEditorPage } from './pages/NoteEditorPage';

const FIXTURES = path.join(__dirname, '../../app/import/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** A visit and a note made through the API, opened in the editor with the caret at its end. */
async function openNote(page: Page, harness: Harness, note: NoteEditorPage, content?: unknown) {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const created = await must<Note>(harness, 'notes.create', {
    visitId,
    title: 'Pasted',
    ...(content ? { content } : {}),
  });
  await note.open(visitId, created.id);
  await note.focusEnd();
  return { visitId, noteId: created.id };
}

const stored = (harness: Harness, id: string) => must<Note>(harness, 'notes.get', { id });

type Node = { type: string; children?: Node[]; text?: string; $?: { listStyle?: string }; start?: number };
function walk(node: Node, visit: (n: Node, parent?: Node) => void, parent?: Node) {
  visit(node, parent);
  for (const c of node.children ?? []) walk(c, visit, node);
}
/** Block nodes the exporter and the shape rule do not accept where they are. */
function misplacedBlocks(content: unknown): string[] {
  const bad: string[] = [];
  walk((content as { root: Node }).root, (n, parent) => {
    if (
      parent?.type === 'listitem' &&
      !['text', 'linebreak', 'tab', 'link', 'autolink', 'field', 'list'].includes(n.type)
    )
      bad.push(`${n.type} in a list item`);
    if (parent?.type === 'tablecell' && n.type === 'table') bad.push('table in a table cell');
  });
  return bad;
}

async function exportsToWord(harness: Harness, noteId: string): Promise<JSZip> {
  const word = await must<WordExport>(harness, 'export.note', { noteId });
  return JSZip.loadAsync(Buffer.from(word.base64, 'base64'));
}

const notice = (page: Page) => page.locator('.paste-notice');

test('a Word template full of content controls pastes with every heading and word (item 2)', async ({
  page,
  harness,
  note,
}) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('word-2016-content-controls.html'));
  await expect(note.content.locator('h1')).toHaveText(['Aigerim Sadykova']);
  await expect(note.content.locator('h2')).toHaveText(['Objective', 'Experience', 'Languages']);
  await expect(note.content).toContainText('preparing the visit of the Deputy Prime Minister to Türkiye in March.');
  await expect(note.content).toContainText('Kazakh, Russian, Turkish, English');
  await expect(note.content.locator('p:has-text("Counsellor") br')).toHaveCount(1);
  await expect(notice(page)).toHaveText(/The picture was left out/);
  await note.expectSaved();
  expect(JSON.stringify((await stored(harness, noteId)).content)).toContain('visa-free regime');
});

test('Word lists: by list id, continued numbering, letters and romans, continuation paragraphs, numbered headings (item 3)', async ({
  page,
  harness,
  note,
}, testInfo) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('word-2016-lists.html'));
  const editor = note.content;
  await expect(editor.locator('ol[start="3"] > li')).toHaveText(['Continues at three']);
  await expect(editor.locator(':scope > p', { hasText: 'Continuation: the Turkish side prefers May.' })).toHaveCount(1);
  await expect(editor.locator('li', { hasText: 'the Turkish side prefers May' })).toHaveCount(0);
  // The second Word list (l5) is its own list, starting at 1.
  const second = editor.locator(':scope > ol', { hasText: 'A second list, right after' });
  await expect(second).not.toHaveAttribute('start');
  await expect(second.locator(':scope > li')).toHaveCount(2);
  const lettered = editor.locator(':scope > ol', { hasText: 'Lettered one' });
  await expect(lettered).toHaveCSS('list-style-type', 'lower-alpha');
  await expect(editor.locator(':scope > ol', { hasText: 'Roman one' })).toHaveCSS('list-style-type', 'lower-roman');
  // The nested item after the continuation keeps its depth.
  await expect(editor.locator('ol ol li')).toContainText(['Nested after the continuation']);
  await expect(editor.locator('h1')).toHaveText(['2 Bilateral relations']);
  await expect(editor.locator('h2')).toHaveText(['2.1 Trade']);
  await note.expectSaved();
  await editor.screenshot({ path: testInfo.outputPath('pasted-word-lists.png') });

  const content = (await stored(harness, noteId)).content as { root: Node };
  const styles: string[] = [];
  walk(content.root, (n) => n.type === 'list' && n.$?.listStyle && styles.push(n.$.listStyle));
  expect(styles).toEqual(['lower-alpha', 'lower-alpha', 'lower-roman']);
  const zip = await exportsToWord(harness, noteId);
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  expect(numbering).toContain('w:startOverride w:val="3"');
  expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
});

test('pasting paragraphs, a heading and a table into a sub-bullet keeps the words and the note exports (item 4)', async ({
  page,
  harness,
  note,
}, testInfo) => {
  const { noteId } = await openNote(page, harness, note);
  await note.type('- First point\nSub-point ');
  await note.press('Tab');
  await expect(note.content.locator('ul ul li')).toHaveText(['Sub-point']);
  await note.pasteHtml(
    '<p>Pasted paragraph one</p><h2>Pasted heading</h2><table><tr><td>Cell A</td><td>Cell B</td></tr></table><p>Pasted paragraph two</p>',
  );
  for (const words of ['Pasted paragraph one', 'Pasted heading', 'Cell A', 'Cell B', 'Pasted paragraph two'])
    await expect(note.content).toContainText(words);
  // What came after the sub-list became bulleted items of their own, in order, not unbulleted lines.
  await expect(note.content.locator(':scope > ul > li:not(:has(ul))')).toHaveText([
    'First point',
    'Pasted heading',
    'Cell A | Cell B',
    'Pasted paragraph two',
  ]);
  await expect(page.locator('.paste-notice')).toContainText('no text was lost');
  await note.page.screenshot({ path: testInfo.outputPath('pasted-into-sub-bullet.png') });
  await note.expectSaved();
  const { content } = await stored(harness, noteId);
  expect(misplacedBlocks(content)).toEqual([]);
  await exportsToWord(harness, noteId);
});

test('a Word table pasted into a table cell becomes rows of text in that cell, with a message (item 5)', async ({
  page,
  harness,
  note,
}) => {
  const { noteId } = await openNote(
    page,
    harness,
    note,
    noteOf(
      table([
        ['Date', 'Event'],
        ['', 'Summit'],
      ]),
      paragraph('After the table'),
    ),
  );
  await note.content.locator('td').first().click();
  await note.pasteHtml(fixture('word-2016-table.html'));
  const cell = note.content.locator('td').first();
  await expect(cell).toContainText('Joint statement on the strategic partnership of the two countries');
  const words = ((await cell.innerText()).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  expect(words).toBeGreaterThanOrEqual(24);
  await expect(notice(page)).toContainText('became rows of text');
  await expect(notice(page)).toContainText('no text was lost');
  await note.expectSaved();
  expect(misplacedBlocks((await stored(harness, noteId)).content)).toEqual([]);
  await exportsToWord(harness, noteId);
  await notice(page).getByRole('button', { name: 'OK' }).click();
  await expect(notice(page)).toBeHidden();
});

test('Google Docs: no empty paragraph from the trailing newline; a link over a line break exports whole (item 6)', async ({
  page,
  harness,
  note,
}) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('google-docs.html'));
  await expect(note.content.locator('h2')).toHaveText(['Points to make']);
  await expect(note.content.locator('ol')).toHaveCSS('list-style-type', 'lower-alpha');
  const link = note.content.locator('a[href="https://www.mfa.gov.kz/en/content-view/long-link"]');
  await expect(link.locator('br')).toHaveCount(1);
  // The link's paragraph is the last block: nothing empty after it.
  await expect(note.content.locator(':scope > :last-child')).toContainText('WITH spaces');
  await note.expectSaved();
  const zip = await exportsToWord(harness, noteId);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(/<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/.exec(xml)![0]).toMatch(
    /Long link<\/w:t>[\s\S]*<w:br\/>[\s\S]*WITH spaces/,
  );
});

test('a lettered list made bullets shows bullets and keeps no letters', async ({ page, harness, note }) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('google-docs.html'));
  await note.content.locator('li', { hasText: 'Trade turnover' }).click();
  await note.tool('Bulleted list').click();
  await expect(note.content.locator('ul li')).toHaveText(['Trade turnover', 'Transport corridor']);
  await expect(note.content.locator('ul')).not.toHaveCSS('list-style-type', 'lower-alpha');
  await note.expectSaved();
  expect(JSON.stringify((await stored(harness, noteId)).content)).not.toContain('listStyle');
});

test('a save that fails says so in words, with no JSON path (item 7)', async ({ page, harness, note }) => {
  const { noteId } = await openNote(page, harness, note);
  await note.type('Written before the note was deleted elsewhere');
  await note.expectSaved();
  await must(harness, 'notes.delete', { id: noteId });
  await note.type(' and more');
  await expect(note.saveState).toContainText('Could not save: it is no longer there');
  await expect(note.saveState).not.toContainText(/content\.|root|children/);
});

test('Import .docx on the Notes tab makes a new note and says what did not come in; a bad file is refused in words', async ({
  page,
  harness,
}, testInfo) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  const chooser = page.getByLabel('Word document to import');
  await chooser.setInputFiles(path.join(FIXTURES, 'libreoffice-background.docx'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported “libreoffice-background” as a new note. 1 image was not imported.',
  );
  await expect(
    page.getByRole('table', { name: 'Notes' }).getByRole('button', { name: 'libreoffice-background', exact: true }),
  ).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('notes-tab-imported.png') });

  await chooser.setInputFiles({
    name: 'old brief.docx',
    mimeType: 'application/msword',
    buffer: Buffer.from('not a zip'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    /^old brief\.docx could not be imported: This file is not a Word document \(\.docx\)\..*Nothing was imported\.$/,
  );
  const notes = await must<unknown[]>(harness, 'notes.list', { visitId });
  expect(notes).toHaveLength(1);

  await page
    .getByRole('table', { name: 'Notes' })
    .getByRole('button', { name: 'libreoffice-background', exact: true })
    .click();
  await expect(page.locator('#note-editor-content h1')).toHaveText('Background note: Türkiye');
  await expect(page.locator('#note-editor-content table')).toHaveCount(1);
});

test('Word for the web: its one-item lists paste as one list, nested, lettered and continued at 4; every word saves and exports', async ({
  page,
  harness,
  note,
}) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('word-online-lists.html'));
  const editor = note.content;
  await expect(editor.locator(':scope > ul > li > ul > li')).toHaveText([
    'First flights from Almaty in March',
    'Second carrier approved in principle',
  ]);
  const objectives = editor.locator(':scope > ol', { hasText: 'Agree the dates' });
  await expect(objectives.locator(':scope > li > ol')).toHaveCSS('list-style-type', 'lower-alpha');
  await expect(objectives.locator(':scope > li > ol > li')).toHaveText([
    'Deputy minister for trade',
    'Deputy minister for energy',
  ]);
  await expect(editor.locator('ol[start="4"] > li')).toHaveText(['Continue the list after it']);
  await expect(editor.locator('table td')).toHaveCount(6);
  await note.expectSaved();
  const content = (await stored(harness, noteId)).content;
  expect(misplacedBlocks(content)).toEqual([]);
  const zip = await exportsToWord(harness, noteId);
  const xml = await zip.file('word/document.xml')!.async('string');
  for (const words of ['Second carrier approved in principle', 'Deputy minister for energy', 'Air service agreement'])
    expect(xml).toContain(words);
  expect(await zip.file('word/numbering.xml')!.async('string')).toContain('<w:numFmt w:val="lowerLetter"/>');
});

test('a Word comment copied with the text is left out, with a message; it is neither saved nor exported', async ({
  page,
  harness,
  note,
}) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(fixture('word-2016-comments.html'));
  await expect(notice(page)).toContainText('The Word comment was left out; the text it was on is kept.');
  await expect(note.content).toContainText('The minister will raise the gas transit tariff at the first meeting.');
  await expect(note.content).toContainText('Agreed in Astana in 2019.');
  await expect(note.content).not.toContainText('concede');
  await expect(note.content).not.toContainText('[DS1]');
  await note.expectSaved();
  expect(JSON.stringify((await stored(harness, noteId)).content)).not.toContain('concede');
  const xml = await (await exportsToWord(harness, noteId)).file('word/document.xml')!.async('string');
  expect(xml).toContain('gas transit tariff');
  expect(xml).not.toContain('concede');
});

test('tracked changes copied from Word are taken as accepted, with a message', async ({ page, harness, note }) => {
  const { noteId } = await openNote(page, harness, note);
  await note.pasteHtml(
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><body>' +
      '<p class=MsoNormal>Agreed <del cite="mailto:Desk%20Officer" datetime="2024-03-01T10:20">in full</del>' +
      '<ins cite="mailto:Desk%20Officer" datetime="2024-03-01T10:20">in principle</ins>.<o:p></o:p></p></body></html>',
  );
  await expect(notice(page)).toContainText('2 tracked changes were taken as accepted.');
  await expect(note.content).toContainText('Agreed in principle.');
  await expect(note.content).not.toContainText('in full');
  await note.expectSaved();
  expect(JSON.stringify((await stored(harness, noteId)).content)).not.toContain('in full');
});
