import path from 'node:path';
import fs from 'node:fs';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
  type Session,
} from 'electron';
import { MenuCommand } from '../app/api/desktop';
import { createDispatch, type Dispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { DATABASE_FILE_NAME } from '../app/store/paths';
import { Store } from '../app/store/store';
import { backupFolder, rotatingBackup } from '../app/store/backup';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { Appearance, APPEARANCE_FILE_NAME, type Theme } from './appearance';
import { scheduleBackups } from './backup-schedule';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { createDesktopActions, type DesktopActions, type Dialogs } from './desktop-actions';
import { bindDesktop, DESKTOP_CHANNELS } from './desktop-bridge';
import { bindOperations } from './ipc-bridge';
import { buildMenuTemplate } from './menu';
import { readJsonFile, writeJsonFile } from './json-file';
import { isAllowedRequest, isOpenableExternally, mayNavigate, newWindowDecision } from './navigation-policy';
import { DEAD_PROXY, WEBRTC_IP_HANDLING_POLICY } from './network-lockdown';
import { electronPdfRenderer, printWithDialog } from './print-window';
import { rememberWindowState } from './remember-window';
import { sqliteBinding } from './native-binding';
import { mimeType, realStaticFile } from './static-files';
import {
  chooseSpellcheckLanguages,
  DICTIONARY_DOWNLOAD_URL,
  DICTIONARY_FOLDER_NAME,
  installDictionaries,
} from './spellcheck-dictionaries';
import { secureWebPreferences } from './web-preferences';
import { createUtilityJobRunner } from './workers/utility-runner';
import { MIN_WINDOW_SIZE, placeWindow, WINDOW_STATE_FILE_NAME, WindowState } from './window-state';

// Must happen before 'ready': app:// behaves like https (secure context, same-origin rules).
// No supportFetchAPI: the page loads its files as a document does and fetches nothing.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
/** The job worker (exports, import parsing): app/jobs/process-worker.ts, bundled beside main. */
const JOB_WORKER = path.join(__dirname, 'job-worker.cjs');
/** resources/dictionaries in the repository; extraResources puts it beside the asar when packaged. */
const SHIPPED_DICTIONARIES = app.isPackaged
  ? path.join(process.resourcesPath, 'dictionaries')
  : path.join(__dirname, '..', '..', 'resources', 'dictionaries');
/** macOS checks spelling with its own spellchecker; Windows and Linux use Chromium's Hunspell. */
const USES_HUNSPELL = process.platform !== 'darwin';
const log = (msg: string) => console.log(`[briefing] ${msg}`);

let store: Store | undefined;
let mainWindow: BrowserWindow | undefined;
let stopBackups: (() => void) | undefined;
/** The visit the page shows (it tells us): what File → Export acts on. */
let openVisitId: string | null = null;
/** The Hunspell dictionaries in place before the session exists (so Chromium never downloads one). */
let dictionaries: string[] = [];
/** A menu command for a page that is not there yet (macOS, no window): sent once the page reports in. */
let pendingCommand: MenuCommand | undefined;
/** Rebuilds the menu (Export enabled only with a visit open, the theme ticked). */
let refreshMenu: (() => void) | undefined;

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and exits.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  if (USES_HUNSPELL) {
    dictionaries = installDictionaries(
      SHIPPED_DICTIONARIES,
      path.join(app.getPath('userData'), DICTIONARY_FOLDER_NAME),
      log,
    );
  }
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fatal(e));
}

function fatal(e: unknown): void {
  dialog.showErrorBox('Briefing could not start', e instanceof Error ? e.message : String(e));
  app.exit(1);
}

/**
 * Spell checking with the dictionaries shipped with the app only. First thing on the session:
 * Chromium starts loading dictionaries as soon as the session exists, and would download a missing
 * one from Google's CDN; the download URL is the app's own scheme, which no network serves.
 */
function configureSpellchecker(s: Session): void {
  s.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);
  if (!USES_HUNSPELL) return;
  const languages = chooseSpellcheckLanguages(
    app.getPreferredSystemLanguages(),
    dictionaries,
    s.availableSpellCheckerLanguages,
  );
  try {
    s.setSpellCheckerLanguages(languages);
  } catch (e) {
    log(`spell checking languages ${languages.join(', ')} refused: ${String(e)}`);
  }
  s.setSpellCheckerEnabled(languages.length > 0);
  log(`spell checking: ${languages.join(', ') || 'off (no dictionary shipped)'}`);
}

async function lockDownSession(): Promise<void> {
  const s = session.defaultSession;
  configureSpellchecker(s);
  s.protocol.handle(APP_SCHEME, async (request) => {
    const file = realStaticFile(RENDERER_ROOT, request.url);
    if (!file) return new Response('Not found', { status: 404 });
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
  // Below webRequest: WebRTC's sockets never pass through it (main/network-lockdown.ts).
  await s.setProxy(DEAD_PROXY);
}

function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
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
    openVisitId = null;
    refreshMenu?.();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Dialogs attached to the window when there is one; looked up at each call (the e2e suite stubs them). */
const dialogs: Dialogs = {
  showOpenDialog: (o) => (mainWindow ? dialog.showOpenDialog(mainWindow, o) : dialog.showOpenDialog(o)),
  showSaveDialog: (o) => (mainWindow ? dialog.showSaveDialog(mainWindow, o) : dialog.showSaveDialog(o)),
  showMessageBox: (o) => (mainWindow ? dialog.showMessageBox(mainWindow, o) : dialog.showMessageBox(o)),
};

/** A command for the page, checked against its schema before it leaves; opens a window if none. */
function sendToPage(command: MenuCommand): void {
  const checked = MenuCommand.parse(command);
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send(DESKTOP_CHANNELS.menuCommand, checked);
    mainWindow.focus();
    return;
  }
  pendingCommand = checked;
  mainWindow = createWindow();
}

function installMenu(actions: DesktopActions, dbFile: string, appearanceFile: string): () => void {
  let theme: Theme = readJsonFile(appearanceFile, Appearance, log)?.theme ?? 'system';
  nativeTheme.themeSource = theme;
  const refresh = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          { isMac: process.platform === 'darwin', isDev: !app.isPackaged, hasOpenVisit: openVisitId !== null, theme },
          {
            newVisit: () => sendToPage({ command: 'new-visit' }),
            importVisit: () => void actions.importVisit(),
            importDocx: () => void (openVisitId && actions.importDocx(openVisitId)),
            exportVisitJson: () => void (openVisitId && actions.exportVisitJson(openVisitId)),
            exportPack: () => void (openVisitId && actions.exportPack(openVisitId)),
            exportPackPdf: () => void (openVisitId && actions.exportPackPdf(openVisitId)),
            printPack: () => void (openVisitId && actions.printPack(openVisitId)),
            exportCalendar: () => void (openVisitId && actions.exportCalendar(openVisitId)),
            backUpNow: () => void actions.backUpNow(),
            setTheme: (next) => {
              theme = next;
              nativeTheme.themeSource = next;
              try {
                writeJsonFile(appearanceFile, { theme: next } satisfies Appearance);
              } catch (e) {
                log(`could not save the theme: ${String(e)}`);
              }
              refresh();
            },
            about: () =>
              void dialogs.showMessageBox({
                type: 'info',
                title: 'About Briefing',
                message: `Briefing ${app.getVersion()}`,
                detail: `Database: ${dbFile}\nBackups: ${backupFolder(dbFile)}\nElectron ${process.versions.electron}`,
                buttons: ['OK'],
              }),
          },
        ),
      ),
    );
  refresh();
  return refresh;
}

function bindDesktopRequests(actions: DesktopActions): void {
  bindDesktop(
    ipcMain,
    {
      saveWordExport: (target) => actions.saveWordExport(target),
      savePdfExport: (target) => actions.savePdfExport(target),
      print: (target) => actions.print(target),
      saveCalendarExport: (target) => actions.saveCalendarExport(target),
      setOpenVisit: (visitId) => {
        // The page reports its visit when it starts listening: the moment a queued command can go.
        openVisitId = visitId;
        refreshMenu?.();
        if (pendingCommand && mainWindow) {
          mainWindow.webContents.send(DESKTOP_CHANNELS.menuCommand, pendingCommand);
          pendingCommand = undefined;
        }
      },
    },
    log,
  );
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const dbFile = path.join(userData, DATABASE_FILE_NAME);
  try {
    const nativeBinding = sqliteBinding({
      electronVersion: process.versions.electron,
      isPackaged: app.isPackaged,
      root: path.join(__dirname, '..', '..'),
      platform: process.platform,
      arch: process.arch,
    });
    store = Store.open(dbFile, undefined, { nativeBinding });
  } catch (e) {
    return fatal(e);
  }
  const opened = store;
  stopBackups = scheduleBackups(() => rotatingBackup(opened.db, dbFile), log);
  await lockDownSession();
  guardWebContents();
  // Exports and import parsing run in a utilityProcess with a time and memory budget: a hostile
  // note or file fails its own job and never freezes the window.
  const jobs = createUtilityJobRunner({
    fork: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
    script: JOB_WORKER,
    memoryOf: (pid) => {
      const metric = app.getAppMetrics().find((m) => m.pid === pid);
      return metric ? metric.memory.workingSetSize / 1024 : undefined;
    },
  });
  const dispatch: Dispatch = createDispatch(createHandlers(store, { jobs, pdf: electronPdfRenderer }), (e) =>
    log(`handler error: ${String(e)}`),
  );
  bindOperations(ipcMain, dispatch, log);
  const actions = createDesktopActions({
    dispatch,
    jobs,
    dialogs,
    startFolder: app.getPath('documents'),
    sendToPage,
    showItemInFolder: (file) => shell.showItemInFolder(file),
    printHtml: printWithDialog,
  });
  bindDesktopRequests(actions);
  refreshMenu = installMenu(actions, dbFile, path.join(userData, APPEARANCE_FILE_NAME));
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
