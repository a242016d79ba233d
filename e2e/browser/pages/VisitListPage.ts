import type { Locator, Page } from '@playwright/test';
import { APP_URL } from '../harness';

export interface NewVisit {
  title?: string;
  guestCountry?: string;
  hostCountry?: string;
  city?: string;
  startDate?: string;
  endDate?: string;
}

/** The visits list and its "New visit" form, as a user sees them. */
export class VisitListPage {
  readonly list: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Visits' });
    this.form = page.getByRole('form', { name: 'New visit' });
  }

  async open(): Promise<void> {
    await this.page.goto(APP_URL);
    await this.page.getByRole('heading', { name: 'Visits' }).waitFor();
  }

  row(title: string | RegExp): Locator {
    return this.list.getByRole('button', { name: title });
  }

  /** Types each field as a person would; empty or missing values are left untouched. */
  async createVisit(v: NewVisit): Promise<void> {
    await this.page.getByRole('button', { name: 'New visit' }).click();
    const fill = async (label: string, value: string | undefined) => {
      if (!value) return;
      const input = this.form.getByLabel(label, { exact: true });
      if ((await input.getAttribute('type')) === 'date') await input.fill(value);
      else await input.pressSequentially(value);
    };
    await fill('Title', v.title);
    await fill('Guest country', v.guestCountry);
    await fill('Host country', v.hostCountry);
    await fill('City', v.city);
    await fill('Start date', v.startDate);
    await fill('End date', v.endDate);
    await this.form.getByRole('button', { name: 'Create visit' }).click();
  }

  fieldError(label: string): Locator {
    return this.form.getByLabel(label, { exact: true }).locator('xpath=following-sibling::p[@class="field-error"]');
  }
}
