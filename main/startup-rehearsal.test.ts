import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../app/api/contract';
import { VISIT_INPUT } from '../app/testing/fixtures';
import { APP_ENTRY_URL } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { DESKTOP_CHANNELS } from './desktop-bridge';
import { channelOf } from './ipc-bridge';
import { DEAD_PROXY, WEBRTC_IP_HANDLING_POLICY } from './network-lockdown';

/**
 * The START-UP REHEARSAL — not the Electron suite. The built dist/main/main.cjs runs in plain Node
 * with `require('electron')` answered by a recording stand-in (e2e/rehearsal/electron-stand-in.cjs),
 * so main's real start-up code runs on every machine: its order, the session lock-down, the app://
 * files it serves, its IPC guard, a real SQLite file, and quitting. What only Electron can show
 * (Chromium, the real window, the preload in a sandbox) is the Electron suite's (e2e/electron).
 */

const root = path.resolve(__dirname, '..');
const MAIN = path.join(root, 'dist/main/main.cjs');
const RENDERER = path.join(root, 'dist/renderer');
const DRIVER = path.join(root, 'e2e/rehearsal/rehearse.cjs');
const APP_FRAME = APP_ENTRY_URL;

interface JournalEntry {
  what: string;
  detail: unknown;
  afterReady: boolean;
}
interface Served {
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: number;
  sha256: string;
}
interface Report {
  journal: JournalEntry[];
  served: Served[];
  ipc: { channel: string; frame: string | null; result: { ok: boolean; value?: unknown; error?: { code: string } } }[];
  ipcChannels: string[];
  ipcListenerChannels: string[];
  webRequest: { url: string; cancel: boolean }[];
  permissions: { permission: string; granted: boolean; checked: boolean }[];
  windowOpen: { url: string; decision: { action: string } }[];
  navigation: { url: string; prevented: boolean }[];
  window: { options: { webPreferences: Record<string, unknown> }; url: string };
  preloadExists: boolean;
  walBeforeQuit: boolean;
  walAfterQuit: boolean;
  pendingAfterQuit: string[];
  errorBoxes: unknown[];
  exitCode?: number;
  quit: boolean;
  error?: string;
}

/** The script's first JS asset, as index.html names it. */
function entryScript(): string {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  const src = /<script[^>]+src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('dist/renderer/index.html names no script');
  return src;
}

/** pdf.js's module worker for the PDF preview, as Vite copied it into dist/renderer/assets. */
function pdfWorker(): string {
  const name = fs.readdirSync(path.join(RENDERER, 'assets')).find((f) => /^pdf\.worker.*\.mjs$/.test(f));
  if (!name) throw new Error('dist/renderer/assets has no pdf.js worker: run `npm run build`');
  return `assets/${name}`;
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

let dir: string;
beforeAll(() => {
  // Always the current main.ts: esbuild takes about a second. The renderer comes from `npm run build`.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'main'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building main failed:\n${build.stdout}\n${build.stderr}`);
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-rehearsal-'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rehearse(name: string, plan: Record<string, unknown>, env: Record<string, string> = {}) {
  const userData = path.join(dir, name, 'userData');
  fs.mkdirSync(userData, { recursive: true });
  const dbFile = path.join(userData, 'briefing.sqlite');
  const reportFile = path.join(dir, name, 'report.json');
  const planFile = path.join(dir, name, 'plan.json');
  const full = { requests: [], ipc: [], webRequests: [], windowOpen: [], navigations: [], ...plan };
  fs.writeFileSync(planFile, JSON.stringify({ main: MAIN, report: reportFile, dbFile, ...full }));
  const run = spawnSync(process.execPath, [DRIVER, planFile], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, STAND_IN_USER_DATA: userData, ...env },
  });
  if (!fs.existsSync(reportFile)) throw new Error(`the rehearsal wrote no report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
  if (report.error) throw new Error(`the rehearsal failed: ${report.error}\n${run.stdout}\n${run.stderr}`);
  return { report, dbFile, userData, stdout: run.stdout };
}

describe('start-up rehearsal: dist/main/main.cjs against a recording stand-in for electron (not Electron)', () => {
  let r: ReturnType<typeof rehearse>;
  const script = () => entryScript();
  beforeAll(() => {
    r = rehearse('normal', {
      requests: [
        'app://briefing/index.html',
        `app://briefing/${script()}`,
        'app://briefing/',
        'app://evil.example/index.html',
        'app://briefing/..%2f..%2fpackage.json',
        'app://briefing/no-such-file.js',
        `app://briefing/${pdfWorker()}`,
      ],
      ipc: [
        { channel: channelOf('visits.create'), frame: APP_FRAME, args: [VISIT_INPUT] },
        { channel: channelOf('visits.list'), frame: APP_FRAME, args: [{}] },
        { channel: channelOf('visits.list'), frame: 'https://evil.example/', args: [{}] },
        { channel: channelOf('visits.list'), frame: 'app://evil.example/index.html', args: [{}] },
        { channel: channelOf('visits.delete'), frame: null, args: [{ id: 'x' }] },
        { channel: channelOf('visits.create'), frame: APP_FRAME, args: [{ title: '' }] },
      ],
      webRequests: ['https://example.org/', 'http://127.0.0.1:9222/json', APP_FRAME],
      windowOpen: ['https://www.mfa.gov.kz/en', 'javascript:alert(1)'],
      navigations: ['https://evil.example/', 'app://briefing/index.html'],
    });
  }, 90_000);

  const order = (what: string) => r.report.journal.findIndex((e) => e.what === what);
  const entries = (what: string) => r.report.journal.filter((e) => e.what === what);

  it('starts without an error box, and touches no Electron API the stand-in does not model', () => {
    expect(r.report.errorBoxes).toEqual([]);
    expect(r.report.exitCode).toBeUndefined();
    expect(entries('unmodelled electron export')).toEqual([]);
  });

  it('registers app:// as privileged before ready (standard and secure, no fetch), and takes the single-instance lock', () => {
    const scheme = entries('protocol.registerSchemesAsPrivileged');
    expect(scheme).toHaveLength(1);
    expect(scheme[0]!.afterReady).toBe(false);
    expect(scheme[0]!.detail).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(order('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(order('app.requestSingleInstanceLock')).toBeLessThan(order('app ready (emitted by the stand-in)'));
  });

  it('locks the session down before the window exists, and the window before its page loads', () => {
    const window = order('new BrowserWindow');
    expect(window).toBeGreaterThan(0);
    for (const step of [
      'session.setSpellCheckerDictionaryDownloadURL',
      'session.protocol.handle',
      'session.webRequest.onBeforeRequest',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.setProxy settled',
    ]) {
      expect(order(step), step).toBeGreaterThan(order('app ready (emitted by the stand-in)'));
      expect(order(step), step).toBeLessThan(window);
    }
    expect(entries('session.setProxy settled')[0]!.detail).toEqual(DEAD_PROXY);
    const policy = r.report.journal.findIndex(
      (e) => e.what === 'webContents.setWebRTCIPHandlingPolicy' && e.detail === WEBRTC_IP_HANDLING_POLICY,
    );
    expect(policy).toBeGreaterThan(window);
    expect(policy).toBeLessThan(order('BrowserWindow.loadURL'));
    expect(order('webContents.setWindowOpenHandler')).toBeLessThan(order('BrowserWindow.loadURL'));
    expect(entries('new BrowserWindow')).toHaveLength(1);
    expect(r.report.window.url).toBe(APP_ENTRY_URL);
  });

  it('opens its one window with the secure preferences and a preload that exists', () => {
    expect(r.report.window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(r.report.window.options.webPreferences.preload).toBe(path.join(root, 'dist/main/preload.cjs'));
    expect(r.report.preloadExists).toBe(true);
  });

  it('serves the built renderer over app:// with the CSP header, and nothing for another host or outside it', () => {
    const [index, js, bare, otherHost, traversal, missing] = r.report.served;
    expect(index).toMatchObject({ status: 200, sha256: sha256(path.join(RENDERER, 'index.html')) });
    expect(index!.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(js).toMatchObject({ status: 200, sha256: sha256(path.join(RENDERER, script())) });
    expect(js!.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js!.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(bare).toMatchObject({ status: 200, sha256: index!.sha256 });
    expect(otherHost!.status).toBe(404);
    expect(traversal!.status).toBe(404);
    expect(missing!.status).toBe(404);
  });

  it("serves the PDF preview's pdf.js worker (.mjs) as JavaScript under the same CSP: a module worker of another type does not start", () => {
    const worker = r.report.served[6]!;
    expect(worker).toMatchObject({ status: 200, sha256: sha256(path.join(RENDERER, pdfWorker())) });
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers IPC from the app’s own frame, against a real SQLite file, and refuses every other frame', () => {
    const [created, listed, foreign, otherHost, noFrame, invalid] = r.report.ipc;
    expect(created!.result.ok).toBe(true);
    const visit = created!.result.value as { id: string; title: string };
    expect(visit.title).toBe(VISIT_INPUT.title);
    expect(listed!.result).toMatchObject({ ok: true, value: [expect.objectContaining({ id: visit.id })] });
    for (const refused of [foreign, otherHost, noFrame]) {
      expect(refused!.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(invalid!.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Every operation of the contract has its channel, and so do the desktop requests.
    expect([...r.report.ipcChannels].sort()).toEqual(
      [
        ...OPERATION_NAMES.map(channelOf),
        DESKTOP_CHANNELS.saveWordExport,
        DESKTOP_CHANNELS.savePdfExport,
        DESKTOP_CHANNELS.print,
        DESKTOP_CHANNELS.saveCalendarExport,
      ].sort(),
    );
    expect(r.report.ipcListenerChannels).toEqual([DESKTOP_CHANNELS.setOpenVisit]);
    // The visit is in the file the app opened in its user-data folder, readable after quit.
    const db = new BetterSqlite3(r.dbFile, { readonly: true });
    try {
      expect(db.prepare('SELECT title FROM visits WHERE id = ?').get(visit.id)).toEqual({ title: VISIT_INPUT.title });
    } finally {
      db.close();
    }
  });

  it('lets no request, permission, navigation or new window out', () => {
    expect(r.report.webRequest).toEqual([
      { url: 'https://example.org/', cancel: true },
      { url: 'http://127.0.0.1:9222/json', cancel: true },
      { url: APP_FRAME, cancel: false },
    ]);
    for (const p of r.report.permissions) expect(p, p.permission).toMatchObject({ granted: false, checked: false });
    expect(r.report.windowOpen.map((w) => w.decision.action)).toEqual(['deny', 'deny']);
    expect(entries('shell.openExternal').map((e) => e.detail)).toEqual(['https://www.mfa.gov.kz/en']);
    expect(r.report.navigation).toEqual([
      { url: 'https://evil.example/', prevented: true },
      { url: 'app://briefing/index.html', prevented: false },
    ]);
  });

  it('closes the store on quit (the WAL checkpointed into the file) and stops the backup timers', () => {
    expect(r.report.walBeforeQuit).toBe(true);
    expect(r.report.quit).toBe(true);
    expect(r.report.walAfterQuit).toBe(false);
    expect(r.report.pendingAfterQuit).toEqual([]);
  });
});

describe('start-up rehearsal: a second launch (stand-in for electron, not Electron)', () => {
  it('hands over to the first: quits without opening the database or a window', () => {
    const { report, dbFile } = rehearse('second', { lockTaken: true }, { STAND_IN_LOCK: 'taken' });
    const what = report.journal.map((e) => e.what);
    expect(what).toContain('app.requestSingleInstanceLock');
    expect(what).toContain('app.quit');
    expect(what).not.toContain('new BrowserWindow');
    expect(what).not.toContain('session.protocol.handle');
    expect(fs.existsSync(dbFile)).toBe(false);
  }, 60_000);
});

describe('start-up rehearsal: a database it cannot open (stand-in for electron, not Electron)', () => {
  it('says so in an error box and exits, with no window and the file left as it was', () => {
    const userData = path.join(dir, 'damaged', 'userData');
    fs.mkdirSync(userData, { recursive: true });
    const file = path.join(userData, 'briefing.sqlite');
    fs.writeFileSync(file, 'not a database, whatever the name says');
    const { report } = rehearse('damaged', { expectFatal: true });
    expect(report.errorBoxes).toEqual([
      { title: 'Briefing could not start', content: expect.stringMatching(/is not a Briefing database/) },
    ]);
    expect(report.exitCode).toBe(1);
    expect(report.journal.map((e) => e.what)).not.toContain('new BrowserWindow');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database, whatever the name says');
  }, 60_000);
});
