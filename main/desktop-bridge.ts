import { CalendarExportTarget, OpenVisit, WordExportTarget, type SaveOutcome } from '../app/api/desktop';
import { fail, type Result } from '../app/api/result';
import { fieldIssues, summarise } from '../app/api/validation';
import { isFromAppPage, type IpcMainLike, type SenderEvent } from './ipc-bridge';

/** The channels of window.briefingDesktop; the preload uses the same names. */
export const DESKTOP_CHANNELS = {
  saveWordExport: 'briefing-desktop:save-word-export',
  setOpenVisit: 'briefing-desktop:set-open-visit',
  menuCommand: 'briefing-desktop:menu-command',
  saveCalendarExport: 'briefing-desktop:save-calendar-export',
} as const;

/** What main does for the page's desktop requests (dialogs and files stay in main). */
export interface DesktopServices {
  saveWordExport(target: WordExportTarget): Promise<Result<SaveOutcome>>;
  setOpenVisit(visitId: string | null): void;
  /** The programme as .ics, saved through the native dialog (Programme tab → Export to calendar). */
  saveCalendarExport?(target: CalendarExportTarget): Promise<Result<SaveOutcome>>;
}

/** ipcMain's handle and on, so the binding is tested without Electron. */
export interface DesktopIpcLike extends IpcMainLike {
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): void;
}

/**
 * Binds the desktop requests with the same guards as the operations: only the app's own page,
 * exactly one argument, parsed with its schema before the service sees it, and nothing thrown
 * back across IPC.
 */
export function bindDesktop(ipc: DesktopIpcLike, services: DesktopServices, log: (msg: string) => void): void {
  ipc.handle(DESKTOP_CHANNELS.saveWordExport, async (event, ...args) => {
    if (!isFromAppPage(event)) {
      log(`refused a Word export from ${String(event.senderFrame?.url).slice(0, 200)}`);
      return fail('forbidden', 'This request did not come from the Briefing window.');
    }
    if (args.length !== 1) return fail('invalid_input', 'A Word export takes one argument.');
    const target = WordExportTarget.safeParse(args[0]);
    if (!target.success) return fail('invalid_input', summarise(fieldIssues(target.error)));
    try {
      return await services.saveWordExport(target.data);
    } catch (e) {
      log(`Word export failed: ${e instanceof Error ? e.message : String(e)}`);
      return fail('internal', 'Something went wrong while saving the document; details are in the log.');
    }
  });
  const saveCalendarExport = services.saveCalendarExport;
  if (saveCalendarExport) {
    ipc.handle(DESKTOP_CHANNELS.saveCalendarExport, async (event, ...args) => {
      if (!isFromAppPage(event)) {
        log(`refused a calendar export from ${String(event.senderFrame?.url).slice(0, 200)}`);
        return fail('forbidden', 'This request did not come from the Briefing window.');
      }
      if (args.length !== 1) return fail('invalid_input', 'A calendar export takes one argument.');
      const target = CalendarExportTarget.safeParse(args[0]);
      if (!target.success) return fail('invalid_input', summarise(fieldIssues(target.error)));
      try {
        return await saveCalendarExport(target.data);
      } catch (e) {
        log(`calendar export failed: ${e instanceof Error ? e.message : String(e)}`);
        return fail('internal', 'Something went wrong while saving the calendar; details are in the log.');
      }
    });
  }
  ipc.on(DESKTOP_CHANNELS.setOpenVisit, (event, ...args) => {
    if (!isFromAppPage(event) || args.length !== 1) return;
    const open = OpenVisit.safeParse(args[0]);
    if (open.success) services.setOpenVisit(open.data.visitId);
  });
}
