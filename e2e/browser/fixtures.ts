import { test as base, expect } from '@playwright/test';
import { APP_URL, attach, createHarness, type Harness } from './harness';
import { NoteEditorPage } from './pages/NoteEditorPage';
import { VisitListPage } from './pages/VisitListPage';
import { VisitPage } from './pages/VisitPage';

interface Fixtures {
  harness: Harness;
  visits: VisitListPage;
  visit: VisitPage;
  note: NoteEditorPage;
}

/**
 * Every test starts from a fresh database and a page bound to it; a test fails if the renderer
 * tried to reach the network (the app must work offline by construction).
 */
export const test = base.extend<Fixtures>({
  harness: async ({ page }, use) => {
    const h = createHarness();
    await attach(page, h);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await use(h);
    h.close();
    expect(h.strayRequests, 'the renderer must not make network requests').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
  visits: async ({ page, harness }, use) => {
    void harness;
    await use(new VisitListPage(page));
  },
  visit: async ({ page, harness }, use) => {
    void harness;
    await use(new VisitPage(page));
  },
  note: async ({ page, harness }, use) => {
    void harness;
    await use(new NoteEditorPage(page));
  },
});

export { expect, APP_URL };
