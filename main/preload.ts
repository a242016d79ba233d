import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../app/api/contract';
import { MenuCommand, type DesktopBridge } from '../app/api/desktop';
import { DESKTOP_CHANNELS } from './desktop-bridge';
import { channelOf } from './ipc-bridge';

/**
 * window.briefing: one method per contract operation, each a single invoke on its own channel.
 * No raw ipcRenderer, no event emitters, no Node: the page can ask for operations and nothing else.
 */
const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const operation of OPERATION_NAMES) {
  const channel = channelOf(operation);
  bridge[operation] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('briefing', Object.freeze(bridge));

/**
 * window.briefingDesktop: what only the desktop app has — a Word export saved through main's
 * native dialog, telling main which visit is open, and the menu's commands. The page never sees
 * the IPC event (nor its sender), only a menu command that parsed.
 */
const desktop: DesktopBridge = {
  saveWordExport: (target) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveWordExport, target),
  savePdfExport: (target) => ipcRenderer.invoke(DESKTOP_CHANNELS.savePdfExport, target),
  print: (target) => ipcRenderer.invoke(DESKTOP_CHANNELS.print, target),
  saveCalendarExport: (target) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveCalendarExport, target),
  setOpenVisit: (open) => ipcRenderer.send(DESKTOP_CHANNELS.setOpenVisit, open),
  onMenuCommand(listener) {
    const forward = (_event: unknown, message: unknown) => {
      const command = MenuCommand.safeParse(message);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(DESKTOP_CHANNELS.menuCommand, forward);
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.menuCommand, forward);
  },
};
contextBridge.exposeInMainWorld('briefingDesktop', Object.freeze(desktop));
