import { defineConfig } from '@playwright/test';
import { DEAD_PROXY_SWITCHES } from './main/network-lockdown';

/**
 * Two suites (design §8): the browser suite drives the built renderer in Debian's Chromium against
 * the real handlers; the electron suite runs the packaged shell where an Electron binary exists.
 * `npm run build` must have run first (npm test does it).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'playwright-report/results.json' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 860 },
        // A British user (issue 17): dates the window shows follow the user's locale, not en-US.
        locale: 'en-GB',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          // On Linux Chromium takes its language (date boxes: dd/mm/yyyy) from the environment, not
          // --lang; it needs the chromium-l10n package for any language but en-US.
          env: { ...process.env, LANGUAGE: 'en_GB' },
          args: [
            // Root in CI containers cannot use Chromium's sandbox; developers' machines keep it.
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--lang=en-GB',
            // The desktop app's dead proxy: nothing the page tries can leave (main/network-lockdown.ts).
            ...DEAD_PROXY_SWITCHES,
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
});
