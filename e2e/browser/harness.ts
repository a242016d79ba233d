import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request, Route } from '@playwright/test';
import { OPERATION_NAMES } from '../../app/api/contract';
import { createDispatch, type Dispatch } from '../../app/api/dispatch';
import { createHandlers } from '../../app/api/handlers';
import { chromiumRenderer } from '../../app/export/pdf/chromium-renderer';
import { Store } from '../../app/store/store';

/** The fake origin the built renderer is served from (file:// cannot load module scripts). */
export const APP_ORIGIN = 'https://briefing.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;
const DIST = path.resolve(__dirname, '../../dist/renderer');

export interface Harness {
  dir: string;
  dbFile: string;
  store: Store;
  dispatch: Dispatch;
  /** Requests the renderer tried to make to anywhere but the app itself. */
  strayRequests: string[];
  /** Every operation the page called, in order (for assertions such as "how many saves"). */
  calls: { op: string; at: number }[];
  close(): void;
}

/** A fresh SQLite file in a temp folder, opened with the real store and handlers. */
export function createHarness(): Harness {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
  const dbFile = path.join(dir, 'briefing.sqlite');
  const store = Store.open(dbFile);
  // PDFs through Chromium, as the CLI makes them; started only when a test exports one.
  const pdf = chromiumRenderer();
  const real = createDispatch(createHandlers(store, { pdf }), (e) => console.error('handler error:', e));
  const calls: { op: string; at: number }[] = [];
  let closed = false;
  const dispatch: Dispatch = async (op, input) => {
    // A page outliving its test may still flush a save; after close it gets a plain failure.
    if (closed) return { ok: false, error: { code: 'internal', message: 'the test harness is closed' } };
    calls.push({ op, at: Date.now() });
    return real(op, input);
  };
  return {
    dir,
    dbFile,
    store,
    dispatch,
    strayRequests: [],
    calls,
    close() {
      closed = true;
      void pdf.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs an operation through the harness's handlers and gives its value, or throws naming the operation. */
export async function must<T>(h: Harness, op: string, input: unknown): Promise<T> {
  const r = await h.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

function servedFile(url: string): string | undefined {
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(DIST, rel);
  return file.startsWith(DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

export interface AttachOptions {
  /**
   * How calls leave the page. 'binding' (the default): a Playwright function binding, JSON text
   * both ways. 'worker': as under Electron, the page's main thread pays one structured clone per
   * call (to a worker, which posts it to the harness as a routed request), not Playwright's
   * serialiser, which takes 6-10 ms of it for a 50-page note sent as text where Electron's IPC
   * copies the text in about 1 ms. For the benchmarks. While the page unloads, calls go through
   * the binding, synchronous as Electron's IPC is, so the last save still arrives.
   */
  transport?: 'binding' | 'worker';
}

const HARNESS_PATH = '/__harness/';
const TRANSPORT_WORKER = `onmessage = async ({ data }) => {
  const answer = await fetch('${HARNESS_PATH}invoke/' + encodeURIComponent(data.name), {
    method: 'POST',
    body: JSON.stringify({ input: data.input }),
  }).then((r) => r.text(), (e) => JSON.stringify({ ok: false, error: { code: 'internal', message: String(e) } }));
  postMessage({ seq: data.seq, answer });
};`;

/** window.briefing in the page (see AttachOptions for the two transports). */
const PAGE_BRIDGE = `({ names, viaWorker, workerUrl }) => {
  const binding = window.__briefingInvoke;
  let unloading = false;
  const leaving = () => (unloading = true);
  // Registered before the app's own listeners, so it runs before their last save.
  window.addEventListener('beforeunload', leaving, { capture: true });
  window.addEventListener('pagehide', leaving, { capture: true });
  let worker;
  let seq = 0;
  const pending = new Map();
  const throughWorker = (name, input) =>
    new Promise((resolve) => {
      if (!worker) {
        worker = new Worker(workerUrl);
        worker.onmessage = ({ data }) => {
          pending.get(data.seq)(data.answer);
          pending.delete(data.seq);
        };
      }
      pending.set(++seq, resolve);
      worker.postMessage({ seq, name, input });
    });
  const invoke = (name, input) =>
    viaWorker && !unloading ? throughWorker(name, input) : binding(name, JSON.stringify({ input }));
  const bridge = {};
  for (const name of names) bridge[name] = async (input) => JSON.parse(await invoke(name, input));
  Object.defineProperty(window, 'briefing', { value: Object.freeze(bridge), enumerable: true });
}`;

/** The harness's own requests (the worker transport), answered here: not the app's files. */
async function answerHarnessRequest(route: Route, h: Harness, pathname: string): Promise<void> {
  if (pathname === `${HARNESS_PATH}transport-worker.js`) {
    return route.fulfill({ contentType: 'text/javascript', body: TRANSPORT_WORKER });
  }
  const op = decodeURIComponent(pathname.slice(`${HARNESS_PATH}invoke/`.length));
  const { input } = JSON.parse(route.request().postData() ?? '{}') as { input?: unknown };
  return route.fulfill({ contentType: 'application/json', body: JSON.stringify(await h.dispatch(op, input)) });
}

/**
 * Binds window.briefing in the page to the harness's handlers, exactly the shape the Electron
 * preload exposes (one frozen object, one async method per operation), serves dist/renderer, and
 * records every request that would leave the app. Call before page.goto(APP_URL).
 */
export async function attach(page: Page, h: Harness, options: AttachOptions = {}): Promise<void> {
  // JSON text both ways: Playwright's own serialiser takes ~50 ms in the page for a 50-page note,
  // where Electron's structured clone takes ~5 ms; a JSON string crosses in about that.
  await page.exposeFunction('__briefingInvoke', async (op: string, json: string) => {
    const { input } = JSON.parse(json) as { input?: unknown };
    return JSON.stringify(await h.dispatch(op, input));
  });
  // As text: a function would be sent as its source, which tsx (the benchmarks) wraps in helpers the page lacks.
  const settings = {
    names: OPERATION_NAMES,
    viaWorker: options.transport === 'worker',
    workerUrl: `${APP_ORIGIN}${HARNESS_PATH}transport-worker.js`,
  };
  await page.addInitScript(`(${PAGE_BRIDGE})(${JSON.stringify(settings)})`);
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(APP_ORIGIN + HARNESS_PATH)) return answerHarnessRequest(route, h, new URL(url).pathname);
    if (url.startsWith(APP_ORIGIN + '/')) {
      const file = servedFile(url);
      return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
    }
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    h.strayRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r: Request) => {
    const url = r.url();
    if (
      !url.startsWith(APP_ORIGIN + '/') &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      !h.strayRequests.includes(url)
    ) {
      h.strayRequests.push(url);
    }
  });
}
