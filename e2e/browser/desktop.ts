import type { MessageBoxOptions, SaveDialogOptions } from 'electron';
import type { Page } from '@playwright/test';
import type { MenuCommand } from '../../app/api/desktop';
import { createChildProcessJobRunner } from '../../app/jobs/process-runner';
import { createDesktopActions, type DesktopActions, type Dialogs } from '../../main/desktop-actions';
import { bindDesktop, DESKTOP_CHANNELS, type DesktopIpcLike } from '../../main/desktop-bridge';
import type { SenderEvent } from '../../main/ipc-bridge';
import type { Harness } from './harness';

/** The native dialogs, answered as the test says, remembering what they were asked. */
export class ScriptedDialogs implements Dialogs {
  openAnswer: string | undefined;
  saveAnswer: string | undefined;
  saveAsked: SaveDialogOptions[] = [];
  messages: MessageBoxOptions[] = [];
  async showOpenDialog() {
    return { canceled: !this.openAnswer, filePaths: this.openAnswer ? [this.openAnswer] : [] };
  }
  async showSaveDialog(options: SaveDialogOptions) {
    this.saveAsked.push(options);
    return this.saveAnswer ? { canceled: false, filePath: this.saveAnswer } : { canceled: true };
  }
  async showMessageBox(options: MessageBoxOptions) {
    this.messages.push(options);
    return { response: 0 };
  }
}

export interface Desktop {
  dialogs: ScriptedDialogs;
  actions: DesktopActions;
  /** The print pages handed to the system's print dialog. */
  printed: string[];
  /** Every visit the page told main it shows, in order. */
  openVisits: (string | null)[];
  /** A command from the application menu, as main sends it. */
  menu(command: MenuCommand): Promise<void>;
}

/**
 * The page as it runs in the desktop app: window.briefingDesktop shaped as the preload builds it,
 * bound through main's own IPC binding (sender check, zod) to main's own actions, with the
 * native dialogs scripted. Electron itself is the only part left out. Call before page.goto.
 */
export async function attachDesktop(page: Page, h: Harness): Promise<Desktop> {
  const dialogs = new ScriptedDialogs();
  const openVisits: (string | null)[] = [];
  const printed: string[] = [];
  const menu = (command: MenuCommand) =>
    page.evaluate((c) => (window as unknown as { __menuCommand: (c: unknown) => void }).__menuCommand(c), command);
  const actions = createDesktopActions({
    dispatch: h.dispatch,
    // File → Import reads and parses the file in a worker process, as the desktop app does.
    jobs: createChildProcessJobRunner(),
    dialogs,
    startFolder: h.dir,
    sendToPage: (command) => void menu(command),
    showItemInFolder: () => {},
    printHtml: async (html) => (printed.push(html), { printed: true }),
  });
  const channels = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  const ipc: DesktopIpcLike = {
    handle: (channel, listener) => void channels.set(channel, listener),
    on: (channel, listener) => void channels.set(channel, listener),
  };
  bindDesktop(
    ipc,
    {
      saveWordExport: (t) => actions.saveWordExport(t),
      savePdfExport: (t) => actions.savePdfExport(t),
      print: (t) => actions.print(t),
      setOpenVisit: (id) => void openVisits.push(id),
    },
    () => {},
  );
  const appPage: SenderEvent = { senderFrame: { url: 'app://briefing/index.html' } };
  await page.exposeFunction('__desktopIpc', (channel: string, arg: unknown) => channels.get(channel)!(appPage, arg));
  await page.addInitScript((names: typeof DESKTOP_CHANNELS) => {
    const w = window as unknown as Record<string, unknown>;
    const ipc = w.__desktopIpc as (channel: string, arg: unknown) => Promise<unknown>;
    const listeners = new Set<(c: unknown) => void>();
    w.__menuCommand = (c: unknown) => listeners.forEach((l) => l(c));
    const bridge = {
      saveWordExport: (target: unknown) => ipc(names.saveWordExport, target),
      savePdfExport: (target: unknown) => ipc(names.savePdfExport, target),
      print: (target: unknown) => ipc(names.print, target),
      setOpenVisit: (open: unknown) => void ipc(names.setOpenVisit, open),
      onMenuCommand: (listener: (c: unknown) => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'briefingDesktop', { value: Object.freeze(bridge), enumerable: true });
  }, DESKTOP_CHANNELS);
  return { dialogs, actions, openVisits, printed, menu };
}
