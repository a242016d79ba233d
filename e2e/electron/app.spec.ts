import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const MAIN = path.resolve(__dirname, '../../dist/main/main.cjs');

test.describe('the desktop app (Electron)', () => {
  // Skipped, and reported as skipped by npm test, where no binary exists — never a silent pass.
  test.skip(!binary.path, binary.reason);

  test('launches the secure window, creates a visit, and keeps it across a relaunch', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-electron-'));
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

      await page.getByRole('button', { name: 'New visit' }).click();
      const form = page.getByRole('form', { name: 'New visit' });
      await form.getByLabel('Title', { exact: true }).pressSequentially('Working visit to Astana');
      await form.getByLabel('Guest country', { exact: true }).pressSequentially('TR');
      await form.getByLabel('Host country', { exact: true }).pressSequentially('KZ');
      await form.getByLabel('City', { exact: true }).pressSequentially('Astana');
      await form.getByLabel('Start date', { exact: true }).fill('2026-12-01');
      await form.getByLabel('End date', { exact: true }).fill('2026-12-02');
      await form.getByRole('button', { name: 'Create visit' }).click();
      await expect(page.getByRole('list', { name: 'Visits' })).toContainText('Working visit to Astana');
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await expect(page.getByRole('list', { name: 'Visits' })).toContainText('Working visit to Astana');
      await app.close();
    } finally {
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
