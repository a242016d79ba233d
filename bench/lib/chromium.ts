import { chromium, type Browser } from '@playwright/test';

/**
 * Debian's Chromium (or CHROMIUM_PATH) as the browser benches run it: no GPU, as on this
 * machine, and no throttling of timers or of a page that is not in front.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
}
