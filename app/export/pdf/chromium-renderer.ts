import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../api/result';
import { PRINT_PAGE_URL, printResource } from '../print/print-origin';
import { CdpPipe } from './cdp-pipe';
import type { PdfRenderer } from './pdf-renderer';

/**
 * Where Chromium is looked for when $CHROMIUM_PATH does not say: the headless shell first (the
 * same engine without the browser around it; it starts in a third of the time), then a browser.
 */
const CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): string {
  const found = [env.CHROMIUM_PATH, ...candidates].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new AppFailure(
      'unavailable',
      'PDF export from the command line needs Chromium: install it (e.g. apt-get install chromium-headless-shell or chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
  '--mute-audio',
  '--export-tagged-pdf',
  // A tab no one looks at is otherwise throttled like a background one: renderings would wait.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-field-trial-config',
  '--disable-dev-shm-usage',

  '--disable-features=PaintHolding,OptimizationHints,MediaRouter',
];

/** How long Chromium may take over a step before the export gives up: a stuck browser must not hang it. */
const ANSWER_WITHIN_MS = 60_000;

/** `work`, or a rejection naming `what` once `ms` have passed without an answer. */
function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not answer within ${ms / 1000} s (${what})`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

interface Tab {
  chromium: CdpPipe;
  session: string;
  profile: string;
}

/** Ends Chromium (asked to close, or killed when it is not answering) and deletes its throwaway profile. */
async function endChromium(chromium: CdpPipe, profile: string, how: 'close' | 'kill'): Promise<void> {
  await (how === 'close' ? chromium.close() : chromium.kill());
  fs.rmSync(profile, { recursive: true, force: true });
}

/** A headless Chromium with one tab that runs no script and reaches nothing but the print origin. */
async function openTab(env: NodeJS.ProcessEnv, page: () => string, answerWithinMs: number): Promise<Tab> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-chromium-'));
  const executable = chromiumPath(env);
  const chromium = CdpPipe.launch(executable, [...ARGS, `--user-data-dir=${profile}`]);
  const start = async () => {
    const { targetId } = await chromium.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await chromium.send('Target.attachToTarget', { targetId, flatten: true });
    const session = sessionId as string;
    // Every request pauses here: the print page and its fonts are answered from memory, the rest refused.
    chromium.on('Fetch.requestPaused', (params, from) => {
      if (from !== session) return;
      const request = params.request as { url: string };
      const resource = printResource(request.url, page());
      void chromium
        .send(
          resource ? 'Fetch.fulfillRequest' : 'Fetch.failRequest',
          resource
            ? {
                requestId: params.requestId,
                responseCode: 200,
                responseHeaders: [{ name: 'Content-Type', value: resource.contentType }],
                body: resource.body.toString('base64'),
              }
            : { requestId: params.requestId, errorReason: 'BlockedByClient' },
          session,
        )
        .catch(() => undefined);
    });
    await Promise.all([
      chromium.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, session),
      chromium.send('Emulation.setScriptExecutionDisabled', { value: true }, session),
      chromium.send('Page.enable', {}, session),
    ]);
    return { chromium, session, profile };
  };
  try {
    return await within(start(), answerWithinMs, 'starting');
  } catch (e) {
    await endChromium(chromium, profile, 'kill');
    throw new AppFailure('unavailable', `Chromium (${executable}) could not make the PDF: ${(e as Error).message}`);
  }
}

/**
 * PDFs through a headless Chromium started on first use, one tab kept for every rendering (a new
 * tab costs more than the rendering itself), spoken to over the DevTools pipe. Renderings run one
 * at a time: the request handler serves the page being rendered.
 */
export function chromiumRenderer(
  env: NodeJS.ProcessEnv = process.env,
  { answerWithinMs = ANSWER_WITHIN_MS }: { answerWithinMs?: number } = {},
): PdfRenderer {
  let tab: Promise<Tab> | undefined;
  let html = '';
  let queue: Promise<unknown> = Promise.resolve();
  const print = async ({ chromium, session }: Tab) => {
    const loaded = chromium.once('Page.loadEventFired', session);
    const { errorText } = await chromium.send('Page.navigate', { url: PRINT_PAGE_URL }, session);
    if (errorText) throw new Error(`the print page did not load: ${String(errorText)}`);
    await loaded;
    const { data } = await chromium.send(
      'Page.printToPDF',
      { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true },
      session,
    );
    return Buffer.from(data as string, 'base64');
  };
  return {
    render(next) {
      const job = queue.then(async () => {
        // A start that failed is not kept: the next rendering tries again.
        tab ??= openTab(env, () => html, answerWithinMs).catch((e: unknown) => {
          tab = undefined;
          throw e;
        });
        const opened = await tab;
        html = next;
        try {
          // A long book takes longer than a step of start-up: five times as long.
          return await within(print(opened), 5 * answerWithinMs, 'printing');
        } catch (e) {
          // The tab is in an unknown state: the next rendering starts a new Chromium.
          tab = undefined;
          await endChromium(opened.chromium, opened.profile, 'kill');
          throw new AppFailure('unavailable', `Chromium could not make the PDF: ${(e as Error).message}`);
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      const opened = tab;
      tab = undefined;
      const t = await opened?.catch(() => undefined);
      if (!t) return;
      await endChromium(t.chromium, t.profile, 'close');
    },
  };
}
