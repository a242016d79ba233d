import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
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

/**
 * Binds window.briefing in the page to the harness's handlers, exactly the shape the Electron
 * preload exposes (one frozen object, one async method per operation), serves dist/renderer, and
 * records every request that would leave the app. Call before page.goto(APP_URL).
 */
export async function attach(page: Page, h: Harness): Promise<void> {
  // JSON text both ways: Playwright's own serialiser takes ~50 ms in the page for a 50-page note,
  // where Electron's structured clone takes ~5 ms; a JSON string crosses in about that.
  await page.exposeFunction('__briefingInvoke', async (op: string, json: string) => {
    const { input } = JSON.parse(json) as { input?: unknown };
    return JSON.stringify(await h.dispatch(op, input));
  });
  await page.addInitScript((names: string[]) => {
    const invoke = (window as unknown as { __briefingInvoke: (op: string, json: string) => Promise<string> })
      .__briefingInvoke;
    const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of names)
      bridge[name] = async (input: unknown) => JSON.parse(await invoke(name, JSON.stringify({ input }))) as unknown;
    Object.defineProperty(window, 'briefing', { value: Object.freeze(bridge), enumerable: true });
  }, OPERATION_NAMES as string[]);
  await page.route('**/*', async (route) => {
    const url = route.request().url();
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
