import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { CONTENT_SECURITY_POLICY } from '../../main/content-security-policy';
import { attachDesktop } from './desktop';
import { must } from './harness';
import { APP_URL, expect, test } from './fixtures';
import { PdfPreviewPage } from './pages/PdfPreviewPage';

// Preview shows the PDF itself (export.pdf, drawn with pdf.js in the page): what is seen is what prints.

test('the briefing pack preview shows every page of the PDF, the marking on the first, and Escape closes it', async ({
  harness,
  page,
}) => {
  seedDemo(harness.store);
  const { pages } = await must<{ pages: number }>(harness, 'export.pdf', { visitId: DEMO_VISIT_ID });
  expect(pages).toBeGreaterThan(3);
  // The page under the desktop app's own CSP header (pdf.js's worker needs worker-src 'self', no eval).
  await page.route(APP_URL, (route) =>
    route.fulfill({
      path: path.resolve(__dirname, '../../dist/renderer/index.html'),
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
    }),
  );
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/pack`);
  const preview = new PdfPreviewPage(page);
  await preview.open();
  await expect(preview.dialog).toHaveAccessibleName('Preview: Briefing pack');
  await expect(preview.pages).toHaveCount(pages);
  await expect(preview.position).toHaveText(`Page 1 of ${pages}`);

  // The first page's text, from pdf.js's text layer over the drawn canvas: the pack's marking.
  const first = await preview.drawn(1);
  await expect(first.locator('canvas')).toHaveCount(1);
  await expect(first.locator('.textLayer')).toContainText('RESTRICTED — DRAFT');

  // Keyboard: the pages take the focus and scroll; the last page is drawn when reached, and counted.
  await expect(preview.dialog.getByRole('region', { name: 'Pages' })).toBeFocused();
  // Only the pages near the view are drawn; those left far behind are let go.
  expect(await preview.dialog.locator('[data-rendered]').count()).toBeLessThan(pages);
  await page.keyboard.press('End');
  await expect(preview.position).toHaveText(`Page ${pages} of ${pages}`);
  await expect(preview.pageItem(pages)).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
  await expect(preview.pageItem(1)).not.toHaveAttribute('data-rendered');
  await expect(preview.pageItem(1).locator('canvas')).toHaveCount(0);
  for (let n = 1; n <= pages; n++) await preview.drawn(n);

  await page.keyboard.press('Escape');
  await expect(preview.dialog).toBeHidden();
  await expect(page.locator('dialog')).toHaveCount(0); // unmounted, not only hidden: closing stops its pdf.js worker
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toBeFocused();
  expect(refused, 'nothing the preview does is refused by the CSP').toEqual([]);
});

test('a note preview switches to US Letter and exports the PDF it shows', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  const preview = new PdfPreviewPage(page);
  await preview.open();
  await expect(preview.dialog).toHaveAccessibleName('Preview: Meeting brief: Vice-President Fuat Oktay');
  const ratio = async () => {
    const box = (await preview.pageItem(1).boundingBox())!;
    return box.height / box.width;
  };
  expect(await ratio()).toBeCloseTo(297 / 210, 2);
  await preview.paper.selectOption('Letter');
  await expect(preview.pageItem(1)).toBeVisible({ timeout: 30_000 });
  await expect.poll(ratio, { timeout: 30_000 }).toBeCloseTo(11 / 8.5, 2);
  await expect((await preview.drawn(1)).locator('.textLayer')).toContainText('Vice-President Fuat Oktay');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.dialog.getByRole('button', { name: 'Export to PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Meeting brief - Vice-President Fuat Oktay.pdf');
  await expect(preview.dialog.getByRole('status')).toContainText(
    'Exported Meeting brief - Vice-President Fuat Oktay.pdf',
  );
  await preview.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(preview.dialog).toBeHidden();
});

test('a preview that cannot be made says why in one line', async ({ harness, page, note }) => {
  seedDemo(harness.store);
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  await must(harness, 'notes.delete', { id: 'demo-note-oktay-brief' });
  const preview = new PdfPreviewPage(page);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(preview.dialog.getByRole('alert')).toHaveText(/^Preview unavailable: it is no longer there/);
  await expect(preview.pages).toHaveCount(0);
});

test('a PDF reader that cannot start is said in one line, not an endless "Making the PDF…"', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  // As if the CSP refused pdf.js's worker (the policy before the preview: worker-src 'none').
  await page.route(APP_URL, (route) =>
    route.fulfill({
      path: path.resolve(__dirname, '../../dist/renderer/index.html'),
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY.replace("worker-src 'self'", "worker-src 'none'"),
      },
    }),
  );
  await note.open(DEMO_VISIT_ID, 'demo-note-oktay-brief');
  const preview = new PdfPreviewPage(page);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(preview.dialog.getByRole('alert')).toHaveText(
    'Preview unavailable: the PDF reader (pdf.js) could not start.',
    { timeout: 30_000 },
  );
});

test('in the desktop app, Print and Export to PDF from the preview use the paper shown; Ctrl+P prints it once', async ({
  harness,
  page,
}) => {
  seedDemo(harness.store);
  const desktop = await attachDesktop(page, harness);
  const saved = path.join(harness.dir, 'oktay-letter');
  desktop.dialogs.saveAnswer = saved;
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`);
  const preview = new PdfPreviewPage(page);
  await preview.open();
  await preview.paper.selectOption('Letter');
  await preview.drawn(1);

  await page.keyboard.press('Control+p');
  await expect.poll(() => desktop.printed.length).toBe(1);
  expect(desktop.printed[0]).toContain('size: letter');
  await preview.dialog.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => desktop.printed.length).toBe(2);
  expect(desktop.printed[1]).toContain('size: letter');

  await preview.dialog.getByRole('button', { name: 'Export to PDF' }).click();
  await expect(preview.dialog.getByRole('status')).toHaveText('Exported oktay-letter.pdf', { timeout: 30_000 });
  const info = spawnSync('pdfinfo', [`${saved}.pdf`], { encoding: 'utf8' }).stdout;
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview has no serious or critical accessibility violation (${scheme} theme)`, async ({
    harness,
    page,
  }) => {
    seedDemo(harness.store);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/pack`);
    const preview = new PdfPreviewPage(page);
    await preview.open();
    await preview.drawn(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
