'use strict';
// A RECORDING STAND-IN FOR THE `electron` MODULE — not Electron. The start-up rehearsal
// (main/startup-rehearsal.test.ts) loads dist/main/main.cjs in plain Node with `require('electron')`
// pointed here. It answers just enough of Electron's main-process API for main.ts to start, and
// writes down every call in order, so the rehearsal can check what main does and when. It proves
// nothing about Chromium or the real window: that is the Electron suite's job (e2e/electron), which
// runs where an Electron binary exists. Nothing here ever counts as the Electron suite.
const { EventEmitter } = require('node:events');
const path = require('node:path');

/** Every call main makes, in order: { what, detail, afterReady }. */
const journal = [];
let ready = false;
const record = (what, detail) =>
  journal.push({ what, detail: detail === undefined ? null : detail, afterReady: ready });

const config = {
  userData: process.env.STAND_IN_USER_DATA || path.join(require('node:os').tmpdir(), 'briefing-stand-in'),
  lockTaken: process.env.STAND_IN_LOCK === 'taken',
};

let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));
const state = {
  exitCode: undefined,
  quitting: false,
  quit: false,
  errorBoxes: [],
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  webRequest: undefined,
  permissionRequest: undefined,
  permissionCheck: undefined,
  proxy: undefined,
  applicationMenu: undefined,
};

class App extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = false;
    this.commandLine = { appendSwitch: (...args) => record('app.commandLine.appendSwitch', args) };
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return !config.lockTaken;
  }
  whenReady() {
    record('app.whenReady');
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  getPath(name) {
    return name === 'userData' ? config.userData : path.join(config.userData, '..', `stand-in-${name}`);
  }
  getPreferredSystemLanguages() {
    return ['en-GB'];
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  quit() {
    record('app.quit');
    if (state.quitting) return;
    state.quitting = true;
    // Electron: before-quit, the windows close, will-quit, quit.
    setImmediate(() => {
      this.emit('before-quit', { preventDefault() {} });
      for (const win of [...windows]) win.destroy();
      this.emit('will-quit', { preventDefault() {} });
      record('app quit');
      state.quit = true;
      this.emit('quit', {}, 0);
    });
  }
  exit(code) {
    record('app.exit', code);
    state.exitCode = code;
  }
}
const app = new App();

class WebContents extends EventEmitter {
  constructor(id) {
    super();
    this.id = id;
    this.windowOpenHandler = undefined;
  }
  setWebRTCIPHandlingPolicy(policy) {
    record('webContents.setWebRTCIPHandlingPolicy', policy);
  }
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  send(channel, message) {
    record('webContents.send', { channel, message });
  }
}

const windows = [];
let nextId = 1;
class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    record('new BrowserWindow', options);
    this.options = options;
    this.id = nextId++;
    this.destroyed = false;
    this.url = undefined;
    this.webContents = new WebContents(this.id);
    windows.push(this);
    // As in Electron: the window's contents exist, and are announced, before the constructor returns.
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return windows.slice();
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', url);
    this.url = url;
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  getNormalBounds() {
    const o = this.options;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 1200, height: o.height ?? 800 };
  }
  getBounds() {
    return this.getNormalBounds();
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  maximize() {}
  restore() {}
  show() {
    record('BrowserWindow.show');
  }
  focus() {}
  close() {
    record('BrowserWindow.close');
    this.emit('close', { preventDefault() {} });
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    if (windows.length === 0 && !state.quitting) app.emit('window-all-closed');
  }
}

const defaultSession = {
  availableSpellCheckerLanguages: ['en-GB', 'en-US'],
  setSpellCheckerDictionaryDownloadURL: (url) => record('session.setSpellCheckerDictionaryDownloadURL', url),
  setSpellCheckerLanguages: (languages) => record('session.setSpellCheckerLanguages', languages),
  setSpellCheckerEnabled: (enabled) => record('session.setSpellCheckerEnabled', enabled),
  protocol: {
    handle(scheme, handler) {
      record('session.protocol.handle', scheme);
      state.protocolHandlers.set(scheme, handler);
    },
  },
  webRequest: {
    onBeforeRequest(listener) {
      record('session.webRequest.onBeforeRequest');
      state.webRequest = listener;
    },
  },
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler');
    state.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler');
    state.permissionCheck = handler;
  },
  setProxy(proxy) {
    record('session.setProxy', proxy);
    // Asynchronous in Electron: main must wait for it before any page loads.
    return new Promise((resolve) =>
      setTimeout(() => {
        state.proxy = proxy;
        record('session.setProxy settled', proxy);
        resolve();
      }, 20),
    );
  },
};

const ipcMain = {
  handle(channel, handler) {
    record('ipcMain.handle', channel);
    state.ipcHandlers.set(channel, handler);
  },
  on(channel, listener) {
    record('ipcMain.on', channel);
    state.ipcListeners.set(channel, listener);
  },
};

const standIn = {
  journal,
  state,
  windows,
  /** What Electron does when it has initialised: 'ready', and whenReady() resolves. */
  emitReady() {
    record('app ready (emitted by the stand-in)');
    ready = true;
    app.emit('ready', {}, {});
    resolveReady();
  },
};

const electron = {
  app,
  BrowserWindow,
  ipcMain,
  session: { defaultSession },
  protocol: {
    registerSchemesAsPrivileged(schemes) {
      record('protocol.registerSchemesAsPrivileged', schemes);
      state.privilegedSchemes.push(...schemes);
    },
  },
  screen: {
    getAllDisplays: () => [standInDisplay],
    getPrimaryDisplay: () => standInDisplay,
  },
  Menu: {
    buildFromTemplate: (template) => ({ template, getMenuItemById: () => null }),
    setApplicationMenu(menu) {
      record('Menu.setApplicationMenu');
      state.applicationMenu = menu;
    },
  },
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
  dialog: {
    showErrorBox(title, content) {
      record('dialog.showErrorBox', { title, content });
      state.errorBoxes.push({ title, content });
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
    showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  },
  shell: {
    openExternal: async (url) => record('shell.openExternal', url),
    showItemInFolder: (file) => record('shell.showItemInFolder', file),
  },
  __standIn: standIn,
};

const standInDisplay = {
  id: 1,
  scaleFactor: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

// Anything main asks for that the stand-in does not model is written down (the rehearsal fails on it),
// so an API added to main.ts is added here too rather than passing unseen.
module.exports = new Proxy(electron, {
  get(target, key) {
    if (key in target || typeof key === 'symbol' || key === '__esModule' || key === 'default') return target[key];
    record('unmodelled electron export', String(key));
    return undefined;
  },
});
