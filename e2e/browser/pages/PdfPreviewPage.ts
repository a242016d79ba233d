import { expect, type Locator, type Page } from '@playwright/test';

/** The Preview dialog: the exported PDF's pages drawn by pdf.js, with paper, Print, Export to PDF. */
export class PdfPreviewPage {
  readonly dialog: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Preview: / });
    this.pages = this.dialog.getByRole('region', { name: 'Pages' }).getByRole('listitem');
  }

  /** Opens the preview from the view's Preview button and waits for the pages to be laid out. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(this.dialog).toBeVisible();
    // Chromium makes the PDF in the test process: a few seconds on a busy machine.
    await expect(this.pages.first()).toBeVisible({ timeout: 30_000 });
  }

  /** A page by number (from 1), as the dialog lists it. */
  pageItem(n: number): Locator {
    return this.dialog.getByRole('listitem', { name: new RegExp(`^Page ${n} of \\d+$`) });
  }

  /** Scrolls a page into view and waits until pdf.js has drawn it (canvas and text layer). */
  async drawn(n: number): Promise<Locator> {
    const item = this.pageItem(n);
    await item.scrollIntoViewIfNeeded();
    await expect(item).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
    return item;
  }

  get position(): Locator {
    return this.dialog.getByText(/^Page \d+ of \d+$/);
  }

  get paper(): Locator {
    return this.dialog.getByLabel('Paper');
  }
}
