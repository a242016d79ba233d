import type { Dispatch } from '../app/api/dispatch';
import { OPERATION_NAMES } from '../app/api/contract';
import { fail } from '../app/api/result';
import { isAppUrl } from './app-origin';

/** The IPC channel of one operation; the preload uses the same function. */
export function channelOf(operation: string): string {
  return `briefing:${operation}`;
}

/** What main needs of an IPC event: the frame that sent it. */
export interface SenderEvent {
  senderFrame?: { url: string } | null;
}

/** True only for a message from the app's own page (not a foreign frame that got in). */
export function isFromAppPage(event: SenderEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/** The subset of ipcMain used here, so the binding is tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Binds every contract operation to its channel. Only the app's own page may call: any other
 * frame (a navigation that slipped through, an injected iframe) gets 'forbidden' and the handler
 * never runs. The input is parsed by the dispatch, as for every other caller.
 */
export function bindOperations(ipc: IpcMainLike, dispatch: Dispatch, log: (msg: string) => void = () => {}): void {
  for (const operation of OPERATION_NAMES) {
    ipc.handle(channelOf(operation), async (event, ...args) => {
      if (!isFromAppPage(event)) {
        log(`refused ${operation} from ${String(event.senderFrame?.url).slice(0, 200)}`);
        return fail('forbidden', 'This request did not come from the Briefing window.');
      }
      if (args.length > 1) return fail('invalid_input', 'An operation takes one argument.');
      return dispatch(operation, args[0]);
    });
  }
}
