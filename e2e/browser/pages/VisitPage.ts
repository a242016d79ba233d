import type { Locator, Page } from '@playwright/test';

export interface NewPerson {
  name: string;
  nativeName?: string;
  aliases?: string[];
  title?: string;
  organisation?: string;
  from?: string;
}

export interface NewProgrammeItem {
  title: string;
  start: string;
  end?: string;
  location?: string;
  participants?: string[];
}

/** One visit: its tabs (Overview, Programme, People, Notes) and their forms. */
export class VisitPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('#visit-heading');
  }

  tab(name: 'Overview' | 'Programme' | 'People' | 'Notes'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async openTab(name: 'Overview' | 'Programme' | 'People' | 'Notes'): Promise<void> {
    await this.tab(name).click();
  }

  get programme(): Locator {
    return this.page.getByRole('list', { name: 'Programme' });
  }

  get people(): Locator {
    return this.page.getByRole('list', { name: 'People' });
  }

  get notes(): Locator {
    return this.page.getByRole('table', { name: 'Notes' });
  }

  async addPerson(p: NewPerson): Promise<void> {
    await this.openTab('People');
    await this.page.getByRole('button', { name: 'Add person' }).click();
    const form = this.page.getByRole('form', { name: 'New person' });
    await form.getByLabel('Name', { exact: true }).pressSequentially(p.name);
    if (p.nativeName) await form.getByLabel('Name in their own script').pressSequentially(p.nativeName);
    if (p.aliases?.length) await form.getByLabel('Other spellings').pressSequentially(p.aliases.join('\n'));
    const first = form.getByRole('group', { name: 'Title 1' });
    if (p.title) await first.getByLabel('Title', { exact: true }).pressSequentially(p.title);
    if (p.organisation) await first.getByLabel('Organisation').pressSequentially(p.organisation);
    if (p.from) await first.getByLabel('From').fill(p.from);
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.waitFor({ state: 'hidden' });
  }

  async addProgrammeItem(item: NewProgrammeItem): Promise<void> {
    await this.openTab('Programme');
    await this.page.getByRole('button', { name: 'Add programme item' }).click();
    const form = this.page.getByRole('form', { name: 'New programme item' });
    await form.getByLabel('Title', { exact: true }).pressSequentially(item.title);
    await form.getByLabel('Start', { exact: true }).fill(item.start);
    if (item.end) await form.getByLabel('End', { exact: true }).fill(item.end);
    if (item.location) await form.getByLabel('Location').pressSequentially(item.location);
    for (const name of item.participants ?? []) await form.getByRole('checkbox', { name }).check();
    await form.getByRole('button', { name: 'Add item' }).click();
    await form.waitFor({ state: 'hidden' });
  }

  /** Creates a note from the Notes tab; the note opens in the editor. */
  async newNote(title: string, template?: string): Promise<void> {
    await this.openTab('Notes');
    await this.page.getByRole('button', { name: 'New note' }).click();
    const form = this.page.getByRole('form', { name: 'New note' });
    if (template) await this.chooseTemplate(template);
    // A template suggests a title; the test's own replaces it.
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByRole('button', { name: 'Create note' }).click();
  }

  /** Picks a template in the open "New note" form by its name ("Meeting brief"). */
  async chooseTemplate(name: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New note' });
    await form.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  }

  /** Programme tab → Import from calendar…, with an .ics file. */
  async importCalendar(file: { name: string; text: string }): Promise<void> {
    await this.openTab('Programme');
    await this.page.getByLabel('Calendar file to import').setInputFiles({
      name: file.name,
      mimeType: 'text/calendar',
      buffer: Buffer.from(file.text),
    });
  }

  /** The outcome line of the calendar actions. */
  get calendarMessage(): Locator {
    return this.page.getByRole('status', { name: 'Messages' });
  }
}
