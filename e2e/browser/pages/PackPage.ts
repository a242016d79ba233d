import type { Locator, Page } from '@playwright/test';

/** A visit's "Briefing pack" tab: the notes in the pack and their order, drafts, numbering, cover. */
export class PackPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string, visitId: string): Promise<void> {
    await this.page.goto(`${appUrl}#/visits/${encodeURIComponent(visitId)}/pack`);
    await this.included.waitFor();
  }

  get included(): Locator {
    return this.page.getByRole('list', { name: 'Notes in the pack' });
  }

  get leftOut(): Locator {
    return this.page.getByRole('list', { name: 'Notes left out' });
  }

  /** Takes a note out of the pack (or puts it back) by its title. */
  async toggle(title: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  }

  async moveUp(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Move “${title}” up` }).click();
  }

  drafts(): Locator {
    return this.page.getByRole('checkbox', { name: /Include notes not yet cleared/ });
  }

  cover(label: 'For' | 'Reference' | 'Date' | 'Prepared by'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  get kept(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Kept with the visit' });
  }
}
