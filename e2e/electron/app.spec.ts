import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { WindowState } from '../../main/window-state';
import { NoteEditorPage } from '../browser/pages/NoteEditorPage';
import { VisitPage } from '../browser/pages/VisitPage';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const MAIN = path.resolve(__dirname, '../../dist/main/main.cjs');

/** Clicks an item of the real application menu, as the user would. */
async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(), id);
}

async function menuItemEnabled(app: ElectronApplication, id: string): Promise<boolean | undefined> {
  return app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.enabled, id);
}

/** The native save dialog answers with `file`, as if the user had chosen it. */
async function answerSaveDialog(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    Object.assign(dialog, { showSaveDialog: async () => ({ canceled: false, filePath: chosen }) });
  }, file);
}

test.describe('the desktop app (Electron)', () => {
  // Skipped, and reported as skipped by npm test, where no binary exists — never a silent pass.
  test.skip(!binary.path, binary.reason);
  // main.cjs in Electron loads better-sqlite3 built for Electron's ABI (main/native-binding.ts), as npm start does.
  test.beforeAll(() => {
    const built = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/electron-native.mjs')], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`better-sqlite3 for Electron: ${built.stderr.trim()}`);
  });

  test('creates a visit, writes and exports a note, and finds it all again after a relaunch', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-electron-'));
    const userData = path.join(dir, 'userData');
    const exported = path.join(dir, 'Documents', 'Brief for the minister.docx');
    const launch = () =>
      electron.launch({ executablePath: binary.path!, args: [MAIN, `--user-data-dir=${userData}`, '--no-sandbox'] });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      expect(page.url()).toBe('app://briefing/index.html');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(
        await page.evaluate(() =>
          Object.keys((window as unknown as { briefing: object }).briefing).includes('visits.create'),
        ),
      ).toBe(true);
      await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();
      expect(await menuItemEnabled(app, 'export-pack')).toBe(false);

      // File → New visit, through the real menu and the preload's menu-command channel.
      await clickMenu(app, 'new-visit');
      const form = page.getByRole('form', { name: 'New visit' });
      await form.getByLabel('Title', { exact: true }).pressSequentially('Working visit to Astana');
      await form.getByLabel('Guest country', { exact: true }).pressSequentially('TR');
      await form.getByLabel('Host country', { exact: true }).pressSequentially('KZ');
      await form.getByLabel('City', { exact: true }).pressSequentially('Astana');
      await form.getByLabel('Start date', { exact: true }).fill('2026-12-01');
      await form.getByLabel('End date', { exact: true }).fill('2026-12-02');
      await form.getByRole('button', { name: 'Create visit' }).click();
      const visits = page.getByRole('list', { name: 'Visits' });
      await expect(visits).toContainText('Working visit to Astana');

      await visits.getByRole('button', { name: /Working visit to Astana/ }).click();
      const visit = new VisitPage(page);
      await expect(visit.heading).toHaveText('Working visit to Astana');
      await expect.poll(() => menuItemEnabled(app, 'export-pack')).toBe(true);

      await visit.newNote('Talking points for Astana');
      const note = new NoteEditorPage(page);
      await note.waitUntilOpen();
      await note.focusEnd();
      await note.type('Thank the minister for the invitation.\nRaise the Middle Corridor.');
      await note.expectSaved();

      await answerSaveDialog(app, exported);
      await page.getByRole('button', { name: 'Export to Word' }).click();
      await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
        'Exported Brief for the minister.docx',
      );
      const xml = await (await JSZip.loadAsync(fs.readFileSync(exported))).file('word/document.xml')!.async('string');
      expect(xml).toContain('Raise the Middle Corridor.');
      expect(fs.readdirSync(path.dirname(exported))).toEqual(['Brief for the minister.docx']); // no temp file left

      await app.close();

      // Everything saved survived the quit; the window and the dictionaries are in the user-data folder.
      const windowState = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
      expect(WindowState.safeParse(windowState).success).toBe(true);
      if (process.platform !== 'darwin') {
        expect(fs.readdirSync(path.join(userData, 'Dictionaries'))).toEqual(
          expect.arrayContaining(['en-GB-10-1.bdic', 'en-US-10-1.bdic']),
        );
      }

      app = await launch();
      page = await app.firstWindow();
      await page
        .getByRole('list', { name: 'Visits' })
        .getByRole('button', { name: /Working visit to Astana/ })
        .click();
      const again = new VisitPage(page);
      await again.openTab('Notes');
      await again.notes.getByRole('button', { name: 'Talking points for Astana' }).click();
      const reopened = new NoteEditorPage(page);
      await reopened.waitUntilOpen();
      await expect(reopened.content).toContainText('Thank the minister for the invitation.');
      await expect(reopened.content).toContainText('Raise the Middle Corridor.');
      await app.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
