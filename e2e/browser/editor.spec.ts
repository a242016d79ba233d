import type { Page } from '@playwright/test';
import { VISIT_INPUT } from '../../app/testing/fixtures';
import { must, type Harness } from './harness';
import { APP_URL, expect, test } from './fixtures';
import type { NoteEditorPage } from './pages/NoteEditorPage';

interface StoredNote {
  content: unknown;
  revision: number;
  status: string;
}

async function storedNote(harness: Harness, id: string): Promise<StoredNote> {
  return must<StoredNote>(harness, 'notes.get', { id });
}

function noteIdFromUrl(page: Page): string {
  const m = /#\/visits\/[^/]+\/notes\/([^/]+)$/.exec(page.url());
  if (!m) throw new Error(`not on a note: ${page.url()}`);
  return decodeURIComponent(m[1]!);
}

/** A visit made through the API (the visit form has its own tests) and a new note opened in it. */
async function openNewNote(
  page: Page,
  harness: Harness,
  note: NoteEditorPage,
  title = 'Meeting brief',
): Promise<string> {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  await page.goto(`${APP_URL}#/visits/${visitId}/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('form', { name: 'New note' }).getByLabel('Title', { exact: true }).pressSequentially(title);
  await page.getByRole('button', { name: 'Create note' }).click();
  await note.waitUntilOpen();
  await note.content.click();
  return noteIdFromUrl(page);
}

const TYPES_A_NOTE_MAY_CONTAIN = new Set([
  'root',
  'text',
  'linebreak',
  'tab',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'field',
]);

function nodeTypes(node: unknown, out = new Set<string>()): Set<string> {
  const n = node as { type?: string; children?: unknown[]; root?: unknown };
  if (n.type) out.add(n.type);
  if (n.root) nodeTypes(n.root, out);
  for (const c of n.children ?? []) nodeTypes(c, out);
  return out;
}

test('a visit with a programme item, a person with an alias and a structured note survives a reload unchanged', async ({
  page,
  harness,
  visits,
  visit,
  note,
}) => {
  await visits.open();
  await visits.createVisit({
    title: 'Official visit of the Foreign Minister to Ankara',
    guestCountry: 'KZ',
    hostCountry: 'TR',
    city: 'Ankara',
    startDate: '2021-03-04',
    endDate: '2021-03-05',
  });
  await expect(visit.heading).toHaveText('Official visit of the Foreign Minister to Ankara');

  await visit.addPerson({
    name: 'Mevlüt Çavuşoğlu',
    aliases: ['Mevlut Cavusoglu', 'M. Chavoshuglu'],
    title: 'Minister of Foreign Affairs',
    organisation: 'Republic of Turkey',
  });
  await expect(visit.people).toContainText('Mevlüt Çavuşoğlu');
  await expect(visit.people).toContainText('Also written: Mevlut Cavusoglu · M. Chavoshuglu');

  await visit.addProgrammeItem({
    title: 'Joint Strategic Planning Group',
    start: '2021-03-04T10:00',
    end: '2021-03-04T11:30',
    location: 'Ministry of Foreign Affairs, Ankara',
    participants: ['Mevlüt Çavuşoğlu'],
  });
  await expect(visit.programme).toContainText('Thu 4 Mar, 10:00–11:30');
  await expect(visit.programme).toContainText('Joint Strategic Planning Group');
  await expect(visit.programme).toContainText('Mevlüt Çavuşoğlu');

  await visit.newNote('Scene-setter');
  await note.waitUntilOpen();
  await note.content.click();
  // Markdown shortcuts as a user types them.
  await note.type('# Purpose of the visit\nTo deliver the invitation to the Turkestan summit. See ');
  await note.type('the press release');
  await note.selectBack('the press release');
  await note.press('Control+k');
  await page.getByLabel('Link address').pressSequentially('https://mfa.gov.kz/en');
  await page.getByLabel('Link address').press('Enter');
  await note.press('End');
  await note.type('.\n## Key messages\n- Strategic partnership\n');
  await note.press('Tab');
  await note.type('Trade above $3 billion\nTarget: $10 billion\n');
  await note.press('Shift+Tab');
  await note.type('Transport and logistics\n\n');
  await note.tool('Insert table').click();
  await note.type('Date');
  await note.press('Tab');
  await note.type('Event');

  const editor = note.content;
  await expect(editor.locator('h1')).toHaveText('Purpose of the visit');
  await expect(editor.locator('h2')).toHaveText('Key messages');
  await expect(editor.locator('a[href="https://mfa.gov.kz/en"]')).toHaveText('the press release');
  await expect(editor.locator('ul ul li')).toHaveText(['Trade above $3 billion', 'Target: $10 billion']);
  await expect(editor.locator('table tr')).toHaveCount(3);
  await expect(editor.locator('table th').first()).toHaveText('Date');
  await note.expectSaved();

  const before = await editor.innerHTML();
  const id = noteIdFromUrl(page);
  const saved = await storedNote(harness, id);
  expect([...nodeTypes(saved.content)].filter((t) => !TYPES_A_NOTE_MAY_CONTAIN.has(t))).toEqual([]);
  expect(nodeTypes(saved.content)).toEqual(
    new Set(['root', 'heading', 'paragraph', 'text', 'link', 'list', 'listitem', 'table', 'tablerow', 'tablecell']),
  );

  await page.reload();
  await note.waitUntilOpen();
  await expect(editor.locator('table')).toBeVisible();
  expect(await editor.innerHTML()).toBe(before);
  expect((await storedNote(harness, id)).revision).toBe(saved.revision);
});

test('text typed just before a reload is not lost', async ({ page, harness, note }) => {
  const id = await openNewNote(page, harness, note);
  await note.type('Turkey was one of the first to recognise the independence of Kazakhstan');
  await page.reload();
  await note.waitUntilOpen();
  await expect(note.content).toHaveText('Turkey was one of the first to recognise the independence of Kazakhstan');
  expect(JSON.stringify((await storedNote(harness, id)).content)).toContain('recognise the independence of Kazakhstan');
});

test('saves while typing are spaced out, the save state is shown, and undo still works after a save', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note);
  const savesBefore = harness.calls.filter((c) => c.op === 'notes.save').length;
  await note.type('Bilateral trade above three billion dollars');
  await expect(note.saveState).toHaveText(/Unsaved changes|Saving…|All changes saved/);
  await note.expectSaved();
  const saves = harness.calls.filter((c) => c.op === 'notes.save').length - savesBefore;
  // 43 keystrokes at typing speed: a handful of saves, not one per key.
  expect(saves).toBeGreaterThanOrEqual(1);
  expect(saves).toBeLessThanOrEqual(4);

  await note.press('Control+z');
  await expect(note.content).not.toHaveText('Bilateral trade above three billion dollars');
  await note.press('Control+y');
  await expect(note.content).toHaveText('Bilateral trade above three billion dollars');
});

test('the toolbar shows the state at the caret and formats text', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type('## Background');
  await expect(note.paragraphStyle).toHaveValue('h2');
  await note.press('Enter');
  await expect(note.paragraphStyle).toHaveValue('paragraph');
  await note.press('Control+b');
  await expect(note.tool('Bold')).toHaveAttribute('aria-pressed', 'true');
  await note.type('strategic');
  await note.press('Control+b');
  await expect(note.tool('Bold')).toHaveAttribute('aria-pressed', 'false');
  await note.type(' partner');
  await expect(note.content.locator('strong, .ed-bold')).toHaveText('strategic');
  await note.tool('Check list (follow-up actions)').click();
  await expect(note.tool('Check list (follow-up actions)')).toHaveAttribute('aria-pressed', 'true');
  await expect(note.content.locator('ul[role="list"], ul').last()).toContainText('strategic partner');
});

test('a javascript: link is refused with a message and nothing is linked', async ({ page, harness, note }) => {
  await openNewNote(page, harness, note);
  await note.type('Click here');
  await note.selectBack('Click here');
  await note.tool('Link').click();
  const address = page.getByLabel('Link address');
  await address.pressSequentially('javascript:alert(document.cookie)');
  await address.press('Enter');
  await expect(page.getByRole('form', { name: 'Link' }).getByRole('alert')).toContainText('not allowed');
  await expect(note.content.locator('a')).toHaveCount(0);
  await address.press('Escape');
  await expect(page.getByRole('form', { name: 'Link' })).toBeHidden();
});

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><style>p.MsoNormal{margin:0cm;font-family:Calibri}</style><script>window.pwned = true</script></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='margin-top:12pt'><span style='font-family:Cambria;color:#2F5496'>Key messages<o:p></o:p></span></h1>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Strategic partnership<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span><![endif]>Trade above $3 billion<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp; </span></span><![endif]>Cultural cooperation<o:p></o:p></p>
<p class=MsoNormal><b>Next steps</b> are listed at <a href="https://mfa.gov.kz/en">mfa.gov.kz</a> and <a href="javascript:alert(1)">here</a>.<img src="file:///C:/Users/x/image001.png" width=100></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td style='width:100pt'><p class=MsoNormal>Date</p></td><td><p class=MsoNormal>Event</p></td></tr><tr><td><p class=MsoNormal>31 March</p></td><td><p class=MsoNormal>Turkestan summit</p></td></tr></table>
<!--EndFragment-->
</body></html>`;

test('pasting from Word keeps headings, nested lists, tables and links and drops styles, scripts and images', async ({
  page,
  harness,
  note,
}) => {
  const id = await openNewNote(page, harness, note);
  await note.pasteHtml(WORD_HTML, 'Key messages');
  const editor = note.content;
  await expect(editor.locator('h1')).toHaveText('Key messages');
  await expect(editor.locator('ul > li').first()).toContainText('Strategic partnership');
  await expect(editor.locator('ul ul li')).toHaveText(['Trade above $3 billion']);
  await expect(editor.locator(':scope > ul > li:not(:has(ul))')).toHaveText([
    'Strategic partnership',
    'Cultural cooperation',
  ]);
  await expect(editor.locator('a[href="https://mfa.gov.kz/en"]')).toHaveText('mfa.gov.kz');
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor).toContainText('and here.');
  await expect(editor.locator('table td, table th')).toHaveText(['Date', 'Event', '31 March', 'Turkestan summit']);
  await expect(editor.locator('img, script, style, [style*="font-family"], [style*="color"]')).toHaveCount(0);
  await expect(editor).not.toContainText('·');
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();

  await note.expectSaved();
  const types = nodeTypes((await storedNote(harness, id)).content);
  expect([...types].filter((t) => !TYPES_A_NOTE_MAY_CONTAIN.has(t))).toEqual([]);
  expect(JSON.stringify((await storedNote(harness, id)).content)).not.toMatch(/font-family|javascript:/);
});

const WEB_PAGE_HTML = `<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1234">
<h2 style="font-family:Arial;font-size:16pt"><span style="color:#434343">Background</span></h2>
<p dir="ltr"><span style="font-weight:700">Trade</span><span style="font-style:italic"> above $3 billion</span></p>
<ol><li><p>Political dialogue</p><ol><li><p>Annual ministerial meetings</p></li></ol></li><li><p>Transport corridors</p></li></ol>
<p><a href="https://www.mfa.gov.tr/" onclick="steal()">MFA of Türkiye</a><iframe src="https://ads.example"></iframe><img src="https://tracker.example/p.gif"></p>
</b>`;

test('pasting from a web page keeps headings, numbered lists, emphasis and links and drops the rest', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note);
  await note.pasteHtml(WEB_PAGE_HTML);
  const editor = note.content;
  await expect(editor.locator('h2')).toHaveText('Background');
  await expect(editor.locator('.ed-bold')).toHaveText('Trade');
  await expect(editor.locator('.ed-italic')).toHaveText(' above $3 billion');
  await expect(editor.locator(':scope > ol > li:not(:has(ol))')).toHaveText([
    'Political dialogue',
    'Transport corridors',
  ]);
  await expect(editor.locator('ol ol li')).toHaveText(['Annual ministerial meetings']);
  await expect(editor.locator('a[href="https://www.mfa.gov.tr/"]')).toHaveText('MFA of Türkiye');
  await expect(editor.locator('iframe, img, [onclick], [style*="color"]')).toHaveCount(0);
  await note.expectSaved();
});

test('a cleared note is read-only until reopened, with its classification shown top and bottom', async ({
  page,
  harness,
  note,
}) => {
  const id = await openNewNote(page, harness, note);
  await expect(note.banner('top')).toHaveText('OFFICIAL');
  await expect(note.banner('bottom')).toHaveText('OFFICIAL');
  await note.type('Points to make');
  await note.setStatus('Send for review');
  await expect(page.getByText('In review')).toBeVisible();
  await note.setStatus('Clear');
  await expect(page.getByText('This note is cleared and read-only')).toBeVisible();
  await expect(note.content).toHaveAttribute('contenteditable', 'false');
  await expect(note.toolbar).toBeHidden();

  await note.content.click();
  await page.keyboard.type('sneaky change');
  await page.keyboard.press('Enter');
  await expect(note.content).toHaveText('Points to make');
  expect(JSON.stringify((await storedNote(harness, id)).content)).not.toContain('sneaky');
  expect((await storedNote(harness, id)).status).toBe('cleared');

  await note.setStatus('Reopen');
  await expect(note.content).toHaveAttribute('contenteditable', 'true');
  await note.focusEnd();
  await note.type(' on trade');
  await note.expectSaved();
  expect(JSON.stringify((await storedNote(harness, id)).content)).toContain('Points to make on trade');
});

test('a note changed elsewhere is reported as a conflict and not overwritten', async ({ page, harness, note }) => {
  const id = await openNewNote(page, harness, note);
  await note.type('Draft from this laptop');
  await note.expectSaved();
  const current = await storedNote(harness, id);
  const theirs = JSON.parse(
    JSON.stringify(current.content).replace('Draft from this laptop', 'Edited on another laptop'),
  );
  const r = await harness.dispatch('notes.save', { id, baseRevision: current.revision, content: theirs });
  expect(r.ok).toBe(true);

  await note.type(', with more');
  await expect(page.getByRole('alert')).toContainText('This note was changed elsewhere');
  await expect(note.saveState).toHaveText('Not saved: changed elsewhere');
  expect(JSON.stringify((await storedNote(harness, id)).content)).toContain('Edited on another laptop');

  await page.getByRole('button', { name: 'Load the saved version' }).click();
  await expect(note.content).toHaveText('Edited on another laptop');
});

test('a save that fails says why and offers a retry', async ({ page, harness, note }) => {
  const id = await openNewNote(page, harness, note);
  await note.type('Defensive line if raised');
  await note.expectSaved();
  // The note is removed elsewhere (another window, a restore): the next save cannot succeed.
  expect((await harness.dispatch('notes.delete', { id })).ok).toBe(true);
  await note.type(': refer to the joint statement');
  await expect(note.saveState).toContainText('Could not save');
  const retry = note.saveState.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await retry.click();
  await expect(note.saveState).toContainText('Could not save');
  await expect(note.content).toContainText('refer to the joint statement');
});

test('the toolbar is one Tab stop, arrow keys move inside it, and Tab goes on to the text', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note);
  await note.type('Talking points');
  await note.press('Shift+Tab');
  await expect(note.paragraphStyle).toBeFocused();
  await note.press('ArrowRight');
  await expect(note.tool('Bold')).toBeFocused();
  await note.press('ArrowLeft', 'ArrowLeft');
  await expect(note.tool('Undo')).toBeFocused();
  // Undo from the toolbar: the text goes, and focus returns to the text rather than the page.
  await note.press('Enter');
  await expect(note.content).not.toContainText('Talking points');
  await expect(note.content).toBeFocused();
  await note.press('Shift+Tab');
  await expect(note.toolbar.locator(':focus')).toHaveCount(1);
  await note.press('End');
  await expect(note.toolbar.getByLabel('Insert field')).toBeFocused();
  await note.press('ArrowLeft');
  await expect(note.tool('Insert table')).toBeFocused();
  await note.press('Tab');
  await expect(note.content).toBeFocused();
});

test('a long title and all eight actions of a note in review fit the window, the actions on one row', async ({
  page,
  harness,
  note,
}) => {
  await openNewNote(page, harness, note, 'Scene-setter: official visit of the Deputy Prime Minister to Ankara');
  await note.type('Points to make');
  await note.setStatus('Send for review');
  const actions = page.getByRole('group', { name: 'Workflow' }).getByRole('button');
  const names = [
    'Back to draft',
    'Clear',
    'Save as template',
    'Export to Word',
    'Export to PDF',
    'Preview',
    'History',
    'Delete note',
  ];
  await expect(actions).toHaveCount(names.length);
  // Accessible names: an export button also holds its hidden "Exporting…" label, to keep its width.
  for (const [i, name] of names.entries()) await expect(actions.nth(i)).toHaveAccessibleName(name);
  const tops = await actions.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await expect(page.getByRole('status', { name: 'Save state' })).toBeInViewport();
});
