import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AppFailure } from '../../api/result';
import { PRINT_PAGE_URL, printResource } from '../print/print-origin';
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
 * PDFs through a headless Chromium started on first use, one page kept for every rendering (a
 * new browser context costs more than the rendering itself). The page runs no script, and every
 * request but the print origin's own (the page and its bundled fonts) is refused. Renderings run
 * one at a time: the route serves the page being rendered.
 */
export function chromiumRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  let browser: Browser | undefined;
  let page: Promise<Page> | undefined;
  let html = '';
  let queue: Promise<unknown> = Promise.resolve();
  const open = async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.route('**/*', (route) => {
      const resource = printResource(route.request().url(), html);
      return resource ? route.fulfill({ body: resource.body, contentType: resource.contentType }) : route.abort();
    });
    return p;
  };
  return {
    render(next) {
      const job = queue.then(async () => {
        page ??= open();
        const p = await page;
        html = next;
        await p.goto(PRINT_PAGE_URL, { waitUntil: 'load' });
        return p.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      const b = browser;
      page = undefined;
      browser = undefined;
      await b?.close();
    },
  };
}
