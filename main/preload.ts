import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../app/api/contract';
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
