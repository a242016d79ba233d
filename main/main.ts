import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { createDispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { DATABASE_FILE_NAME } from '../app/store/paths';
import { Store } from '../app/store/store';
import { rotatingBackup } from '../app/store/backup';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { scheduleBackups } from './backup-schedule';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { bindOperations } from './ipc-bridge';
import { buildMenuTemplate } from './menu';
import { readJsonFile, writeJsonFile } from './json-file';
import { isAllowedRequest, isOpenableExternally, mayNavigate, newWindowDecision } from './navigation-policy';
import { rememberWindowState } from './remember-window';
import { mimeType, resolveStaticFile } from './static-files';
import { secureWebPreferences } from './web-preferences';
import { MIN_WINDOW_SIZE, placeWindow, WINDOW_STATE_FILE_NAME, WindowState } from './window-state';

// Must happen before 'ready': app:// behaves like https (secure context, same-origin rules).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const log = (msg: string) => console.log(`[briefing] ${msg}`);

let store: Store | undefined;
let mainWindow: BrowserWindow | undefined;
let stopBackups: (() => void) | undefined;

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and exits.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (e) => fatal(e));
}

function fatal(e: unknown): void {
  dialog.showErrorBox('Briefing could not start', e instanceof Error ? e.message : String(e));
  app.exit(1);
}

function lockDownSession(): void {
  const s = session.defaultSession;
  s.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveStaticFile(RENDERER_ROOT, request.url);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('Not found', { status: 404 });
    const body = await fs.promises.readFile(file);
    return new Response(body, {
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
  // Offline by construction: nothing leaves the machine, and every attempt is logged.
  s.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  // Electron would fetch Hunspell dictionaries from a CDN; point it at the app's own files.
  s.setSpellCheckerDictionaryDownloadURL('app://briefing/dictionaries/');
}

function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = newWindowDecision(url);
      if (decision.openExternally && isOpenableExternally(url)) void shell.openExternal(url);
      return { action: decision.action };
    });
  });
}

function createWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
  const placement = placeWindow(
    readJsonFile(stateFile, WindowState, log),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
  );
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    fullscreen: placement.fullScreen,
    show: false,
    title: 'Briefing',
    webPreferences: secureWebPreferences(PRELOAD),
  });
  win.once('ready-to-show', () => {
    // Maximised before it shows, so the window does not jump from its normal size.
    if (placement.maximized) win.maximize();
    win.show();
  });
  rememberWindowState(win, (state) => writeJsonFile(stateFile, state), log);
  win.on('closed', () => {
    mainWindow = undefined;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  const dbFile = path.join(app.getPath('userData'), DATABASE_FILE_NAME);
  try {
    store = Store.open(dbFile);
  } catch (e) {
    return fatal(e);
  }
  const opened = store;
  stopBackups = scheduleBackups(() => rotatingBackup(opened.db, dbFile), log);
  lockDownSession();
  guardWebContents();
  bindOperations(
    ipcMain,
    createDispatch(createHandlers(store), (e) => log(`handler error: ${String(e)}`)),
    log,
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'About Briefing',
            message: `Briefing ${app.getVersion()}`,
            detail: `Database: ${dbFile}\nElectron ${process.versions.electron}`,
          }),
      }),
    ),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Saves are synchronous and durable when acknowledged; closing checkpoints the WAL into the file.
app.on('will-quit', () => {
  stopBackups?.();
  store?.close();
  store = undefined;
});
