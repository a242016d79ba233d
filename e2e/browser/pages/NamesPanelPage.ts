import type { Locator, Page } from '@playwright/test';

/** The note's Names panel beside (or below) the text, and the offer under another spelling of a name. */
export class NamesPanelPage {
  readonly panel: Locator;
  readonly offer: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Names' });
    this.offer = page.getByRole('dialog', { name: 'Name spelling' });
  }

  /** The box of a word of the note on screen (a Range, so only the word, not its whole line). */
  async wordBox(word: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.evaluate((w) => {
      const root = document.getElementById('note-editor-content')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    }, word);
    if (!box) throw new Error(`“${word}” is not in the note`);
    return box;
  }

  /** Scrolls the window so that the word sits `fromBottom` pixels above the bottom edge, then clicks in it. */
  async clickWordNearBottom(word: string, fromBottom: number): Promise<void> {
    const before = await this.wordBox(word);
    const height = await this.page.evaluate(() => window.innerHeight);
    await this.page.evaluate((by) => window.scrollBy(0, by), before.y + before.height - (height - fromBottom));
    const box = await this.wordBox(word);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
