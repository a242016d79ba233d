import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppFailure } from '../../api/result';
import type { PdfRenderer } from './pdf-renderer';

/** Where Chromium is looked for when $CHROMIUM_PATH does not say. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): string {
  const found = [env.CHROMIUM_PATH, ...candidates].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new AppFailure(
      'unavailable',
      'PDF export from the command line needs Chromium: install it (e.g. apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/**
 * PDFs through a headless Chromium started on first use. The page loads nothing: JavaScript is
 * off, every request is refused, and the print page brings its own fonts as data.
 */
export function chromiumRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  let browser: Promise<Browser> | undefined;
  const start = async () => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({
      executablePath: chromiumPath(env),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  };
  return {
    async render(html) {
      browser ??= start();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined);
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
