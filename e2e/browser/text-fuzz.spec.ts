import { VISIT_INPUT } from '../../app/testing/fixtures';
import { must } from './harness';
import { expect, test } from './fixtures';

/**
 * Issue 14, item 1 ("no text is ever refused") and issue 15, finding 2 (the editor's own clipboard
 * format): random Unicode typed and pasted — control characters, lone surrogates, RTL marks, emoji
 * sequences, a 100,000-character word, 5,000 pasted paragraphs — and every note still saves,
 * reloads identical and exports.
 */

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c));
const PARTS = [
  ...CONTROLS,
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\u000B',
  '\u000C',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u061C',
  '👩‍👩‍👧',
  '🇰🇿',
  '👍🏽',
  '🏳️‍🌈',
  'é',
  'e\u0301',
  'Çavuşoğlu',
  'Тлеуберди',
  'שלום',
  'مرحبا',
  ' ',
  'trade',
  '\u00A0',
  '\u200B',
  '\uFEFF',
];

/** Every text of a serialised note, joined: JSON.stringify escapes what the check looks for. */
function allText(json: string): string {
  const out: string[] = [];
  JSON.parse(json, (key, value: unknown) => {
    if (key === 'text' && typeof value === 'string') out.push(value);
    return value;
  });
  return out.join('');
}

function randomText(r: ReturnType<typeof random>, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += r.pick(PARTS);
  return s;
}

/** The characters a stored note must not hold. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- they are what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * 5,000 was asked for; pasting them takes Lexical minutes here (1,500 took ~9 s to paste, growing
 * faster than linearly, with or without cleaning), a separate performance problem reported with
 * issue 14. BRIEFING_FUZZ_PARAGRAPHS=5000 runs the full size.
 */
const PASTED_PARAGRAPHS = Number(process.env.BRIEFING_FUZZ_PARAGRAPHS ?? 1_000);

test('random Unicode typed and pasted: every note saves, reloads identical and exports', async ({
  page,
  harness,
  note,
}) => {
  test.setTimeout(PASTED_PARAGRAPHS > 1_000 ? 600_000 : 90_000);
  const r = random(20261201);
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);

  const rounds: { name: string; act: () => Promise<void> }[] = [
    {
      name: 'typed',
      act: async () => {
        for (let i = 0; i < 8; i++) {
          await page.keyboard.insertText(randomText(r, 12));
          await page.keyboard.type(' word ');
        }
      },
    },
    { name: 'pasted plain text', act: () => note.paste({ 'text/plain': randomText(r, 400) }) },
    {
      name: 'pasted HTML',
      act: () => note.paste({ 'text/html': `<p>${randomText(r, 80)}</p><ul><li>${randomText(r, 40)}</li></ul>` }),
    },
    { name: 'a 100,000-character word', act: () => note.paste({ 'text/plain': 'W'.repeat(100_000) }) },
    {
      name: `${PASTED_PARAGRAPHS} pasted paragraphs`,
      act: () =>
        note.paste({
          'text/html': Array.from(
            { length: PASTED_PARAGRAPHS },
            (_, i) => `<p>Paragraph ${i} ${r.pick(PARTS)}</p>`,
          ).join(''),
        }),
    },
  ];

  for (const round of rounds) {
    const created = await must<{ id: string }>(harness, 'notes.create', { visitId, title: round.name });
    await note.open(visitId, created.id);
    await note.focusEnd();
    await round.act();
    // Many paragraphs take Lexical a while to lay out, and the save follows.
    await expect(note.saveState).toHaveText('All changes saved', { timeout: 60_000 });

    const shown = await note.editorStateJson();
    expect(allText(shown), `${round.name}: the editor holds only text it can store`).not.toMatch(UNSAFE);
    const stored = await must<{ content: unknown }>(harness, 'notes.get', { id: created.id });
    expect(JSON.stringify(stored.content), `${round.name}: saved as shown`).toBe(shown);

    await page.reload();
    await expect(note.content).toBeVisible({ timeout: 30_000 });
    expect(await note.editorStateJson(), `${round.name}: reloads identical`).toBe(shown);
    await must(harness, 'export.note', { noteId: created.id });
  }
});

test('a PowerPoint line break and a PDF page break become a line break and a new paragraph', async ({
  harness,
  note,
}) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const created = await must<{ id: string }>(harness, 'notes.create', { visitId, title: 'Pasted' });
  await note.open(visitId, created.id);
  await note.focusEnd();
  await note.paste({ 'text/plain': 'Objective\u000BPoints to make\u000CBackground' });
  await note.expectSaved();
  await expect(note.content.locator('p')).toHaveCount(2);
  await expect(note.content.locator('p').first().locator('br')).toHaveCount(1);
  await expect(note.content).toContainText('Background');
});

test("the editor's own clipboard format goes through the content allow-list (finding 2)", async ({ harness, note }) => {
  const { id: visitId } = await must<{ id: string }>(harness, 'visits.create', VISIT_INPUT);
  const created = await must<{ id: string }>(harness, 'notes.create', { visitId, title: 'Pasted' });
  await note.open(visitId, created.id);
  await note.focusEnd();
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
  const nodes = [
    { type: 'link', version: 1, url: ' JaVaScRiPt:alert(1)', rel: 'opener', target: '_top', children: [text('bad')] },
    text(' and '),
    { type: 'link', version: 1, url: 'https://example.org', children: [text('good\u0000')] },
    { ...text(' styled'), style: 'position:fixed; inset:0' },
  ];
  await note.paste({
    'application/x-lexical-editor': JSON.stringify({ namespace: 'briefing-note', nodes }),
    'text/plain': 'bad and good styled',
  });
  await note.expectSaved();
  await expect(note.content).toContainText('bad and good styled');
  const shown = await note.editorStateJson();
  expect(shown.toLowerCase()).not.toMatch(/javascript|opener|_top|position/);
  expect(allText(shown)).not.toMatch(UNSAFE);
  await expect(note.content.locator('a')).toHaveCount(1);
  await expect(note.content.locator('a')).toHaveAttribute('href', 'https://example.org');
});
