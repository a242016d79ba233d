import AxeBuilder from '@axe-core/playwright';
import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import { APP_URL, expect, test } from './fixtures';

/** Every main view, as a user reaches it. */
const VIEWS: { name: string; hash: string; ready: string }[] = [
  { name: 'visit list', hash: '#/', ready: 'h1' },
  { name: 'visit overview', hash: `#/visits/${DEMO_VISIT_ID}/overview`, ready: '#visit-heading' },
  { name: 'programme', hash: `#/visits/${DEMO_VISIT_ID}/programme`, ready: '#visit-heading' },
  { name: 'people', hash: `#/visits/${DEMO_VISIT_ID}/people`, ready: '#visit-heading' },
  { name: 'notes', hash: `#/visits/${DEMO_VISIT_ID}/notes`, ready: 'table' },
  { name: 'note editor', hash: `#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`, ready: '#note-editor-content' },
  { name: 'templates', hash: '#/templates', ready: 'h1' },
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every main view has no serious or critical accessibility violation (${scheme} theme)`, async ({
    harness,
    page,
  }) => {
    seedDemo(harness.store);
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of VIEWS) {
      await page.goto(`${APP_URL}${view.hash}`);
      await page.locator(view.ready).first().waitFor();
      if (view.name === 'note editor') {
        // The find bar and the table tools are part of the editor too.
        await page.locator('#note-editor-content').click();
        await page.keyboard.press('Control+h');
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${view.name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, `${view.name} in the ${scheme} theme`).toEqual([]);
    }
  });
}

test('every toolbar control has a name', async ({ harness, page }) => {
  seedDemo(harness.store);
  await page.goto(`${APP_URL}#/visits/${DEMO_VISIT_ID}/notes/demo-note-oktay-brief`);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.waitFor();
  const unnamed = await toolbar
    .locator('button, select')
    .evaluateAll((controls) =>
      controls.filter((c) => !(c.getAttribute('aria-label') || c.textContent?.trim())).map((c) => c.outerHTML),
    );
  expect(unnamed).toEqual([]);
  // Reaching each control with the arrow keys is covered in editor.spec.ts (one Tab stop, roving focus).
});
