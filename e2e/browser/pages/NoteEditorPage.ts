import { expect, type Locator, type Page } from '@playwright/test';
import { APP_URL } from '../harness';

/** The note view: classification banners, workflow, save state, toolbar and the writing area. */
export class NoteEditorPage {
  readonly content: Locator;
  readonly toolbar: Locator;
  readonly saveState: Locator;
  readonly workflow: Locator;

  constructor(readonly page: Page) {
    this.content = page.locator('#note-editor-content');
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.saveState = page.getByRole('status', { name: 'Save state' });
    this.workflow = page.getByRole('group', { name: 'Workflow' });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  get paragraphStyle(): Locator {
    return this.toolbar.getByLabel('Paragraph style');
  }

  banner(position: 'top' | 'bottom'): Locator {
    return this.page.getByRole('note', { name: `Classification (${position})` });
  }

  async waitUntilOpen(): Promise<void> {
    await expect(this.content).toBeVisible();
  }

  /** Opens a note by its address, as a bookmark or the Back button would. */
  async open(visitId: string, noteId: string): Promise<void> {
    await this.page.goto(`${APP_URL}#/visits/${visitId}/notes/${noteId}`);
    await this.waitUntilOpen();
  }

  /** Puts the caret at the end of the note. */
  async focusEnd(): Promise<void> {
    await this.content.click();
    await this.page.keyboard.press('Control+End');
    // The editor takes the caret's new place from the browser's selectionchange event, a task
    // later: a key pressed before it would act where the click left the caret.
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  }

  /** Types as a person types: key by key, Enter for a new line. */
  async type(text: string): Promise<void> {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]) await this.page.keyboard.type(lines[i]!);
      if (i < lines.length - 1) await this.page.keyboard.press('Enter');
    }
  }

  async press(...keys: string[]): Promise<void> {
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /**
   * Selects `text`, which ends at the caret at the end of its line, as a user does with
   * Shift+Left. Keys pressed while the editor is still applying the last typed characters can
   * be lost, so the selection is checked and made again (from the end of the line) if short.
   */
  async selectBack(text: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(this.content).toContainText(text);
      for (let i = 0; i < text.length; i++) await this.page.keyboard.press('Shift+ArrowLeft');
      if ((await this.page.evaluate(() => window.getSelection()?.toString())) === text) return;
      await this.page.keyboard.press('End');
    }
    throw new Error(`could not select “${text}”`);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('All changes saved');
  }

  /** Pastes HTML as Word or a browser puts it on the clipboard. */
  async pasteHtml(html: string, plain = ''): Promise<void> {
    await this.content.evaluate(
      (el, data) => {
        const transfer = new DataTransfer();
        transfer.setData('text/html', data.html);
        transfer.setData('text/plain', data.plain);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { html, plain },
    );
  }

  /** Pastes a clipboard of the given types, e.g. plain text, or the editor's own format. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.content.evaluate((el, items) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }

  /** The editor's state as Lexical serialises it (what autosave sends), as JSON text. */
  async editorStateJson(): Promise<string> {
    return this.content.evaluate((el) => {
      const editor = (el as unknown as { __lexicalEditor: { getEditorState(): { toJSON(): unknown } } })
        .__lexicalEditor;
      return JSON.stringify(editor.getEditorState().toJSON());
    });
  }

  /** The History panel (opened with the History button). */
  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' });
  }

  /** The kept revisions in the History panel, newest first. */
  get revisions(): Locator {
    return this.history.getByRole('list', { name: 'Revisions' }).getByRole('button');
  }

  /** The read-only preview of the revision chosen in the History panel. */
  get revisionPreview(): Locator {
    return this.history.getByRole('textbox', { name: /^Revision \d+ \(read-only preview\)$/ });
  }

  async openHistory(): Promise<void> {
    await this.workflow.getByRole('button', { name: 'History', exact: true }).click();
    await expect(this.revisions.first()).toBeVisible();
  }

  /** The inline "are you sure?" (delete, remove). */
  get confirmation(): Locator {
    return this.page.getByRole('alertdialog');
  }

  async setStatus(action: 'Send for review' | 'Clear' | 'Reopen' | 'Back to draft'): Promise<void> {
    await this.workflow.getByRole('button', { name: action, exact: true }).click();
  }
}
