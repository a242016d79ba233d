import type { Locator, Page } from '@playwright/test';

/** The window's toast: what just happened, in a polite live region (errors in an alert). */
export class Toast {
  readonly messages: Locator;
  readonly errors: Locator;
  readonly box: Locator;

  constructor(readonly page: Page) {
    this.messages = page.getByRole('status', { name: 'Messages' });
    this.errors = page.getByRole('alert', { name: 'Errors' });
    this.box = page.locator('.toast');
  }

  get close(): Locator {
    return this.page.getByRole('button', { name: 'Close message' });
  }
}
