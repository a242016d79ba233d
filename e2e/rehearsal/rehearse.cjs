'use strict';
// The start-up rehearsal's child process: plain Node, with `require('electron')` resolved to the
// recording stand-in (electron-stand-in.cjs), runs the built dist/main/main.cjs through start-up,
// a few requests and IPC calls, and quit, then writes what it saw to a JSON report.
// Usage: node rehearse.cjs PLAN.json   (the plan names main.cjs, the report file and what to try;
// main/startup-rehearsal.test.ts writes it and checks the report).
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const STAND_IN = path.join(__dirname, 'electron-stand-in.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? STAND_IN : resolve.call(this, request, ...rest);
};

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { __standIn: standIn } = require('electron');
const { journal, state, windows } = standIn;
const report = { journal, served: [], ipc: [], webRequest: [], permissions: [], windowOpen: [], navigation: [] };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, test, ms = 15_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function serve(url) {
  const handler = state.protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
  if (!handler) return { url, status: 'no handler' };
  const response = await handler(new Request(url));
  const body = Buffer.from(await response.arrayBuffer());
  return {
    url,
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    bytes: body.length,
    sha256: require('node:crypto').createHash('sha256').update(body).digest('hex'),
  };
}

async function main() {
  require(path.resolve(plan.main));
  report.loaded = true;
  standIn.emitReady();
  if (plan.lockTaken) {
    await until('quit', () => state.quit, 5000);
    await sleep(200); // anything main would wrongly still do after losing the lock
    return;
  }
  if (plan.expectFatal) {
    await until('app.exit', () => state.exitCode !== undefined, 15_000);
    await sleep(200); // anything main would wrongly still do after a fatal error
    return;
  }
  await until('the window to load its page', () => windows[0] && windows[0].url);
  const win = windows[0];
  report.window = { options: win.options, url: win.url };
  report.preloadExists = fs.existsSync(win.options.webPreferences?.preload ?? '');

  for (const url of plan.requests) report.served.push(await serve(url));

  for (const call of plan.ipc) {
    const handler = state.ipcHandlers.get(call.channel);
    const event = { senderFrame: call.frame === null ? null : { url: call.frame } };
    report.ipc.push({ ...call, result: handler ? await handler(event, ...call.args) : 'no handler' });
  }
  report.ipcChannels = [...state.ipcHandlers.keys()];
  report.ipcListenerChannels = [...state.ipcListeners.keys()];

  for (const url of plan.webRequests) {
    report.webRequest.push({ url, ...(await new Promise((r) => state.webRequest({ url }, r))) });
  }
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
    const granted = await new Promise((r) => state.permissionRequest(win.webContents, permission, r, {}));
    report.permissions.push({ permission, granted, checked: state.permissionCheck(win.webContents, permission) });
  }
  for (const url of plan.windowOpen)
    report.windowOpen.push({ url, decision: win.webContents.windowOpenHandler({ url }) });
  for (const url of plan.navigations) {
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    report.navigation.push({ url, prevented });
  }

  report.walBeforeQuit = fs.existsSync(`${plan.dbFile}-wal`);
  win.close(); // the user closes the window: on Linux and Windows the app quits
  await until('quit', () => state.quit);
  await sleep(50);
  report.walAfterQuit = fs.existsSync(`${plan.dbFile}-wal`);
  // Timers still pending after quit would keep a real app alive (the backup schedule must stop).
  report.pendingAfterQuit = process.getActiveResourcesInfo().filter((r) => r === 'Timeout');
}

main()
  .catch((e) => (report.error = e instanceof Error ? e.stack : String(e)))
  .finally(() => {
    report.exitCode = state.exitCode;
    report.errorBoxes = state.errorBoxes;
    report.quit = state.quit;
    fs.writeFileSync(plan.report, JSON.stringify(report, null, 1));
    process.exit(0);
  });
