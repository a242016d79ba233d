import type { z } from 'zod';
import {
  CalendarExportTarget,
  OpenVisit,
  PrintTarget,
  WordExportTarget,
  type PrintOutcome,
  type SaveOutcome,
} from '../app/api/desktop';
import { fail, type Result } from '../app/api/result';
import { fieldIssues, summarise } from '../app/api/validation';
import { isFromAppPage, type IpcMainLike, type SenderEvent } from './ipc-bridge';

/** The channels of window.briefingDesktop; the preload uses the same names. */
export const DESKTOP_CHANNELS = {
  saveWordExport: 'briefing-desktop:save-word-export',
  savePdfExport: 'briefing-desktop:save-pdf-export',
  print: 'briefing-desktop:print',
  setOpenVisit: 'briefing-desktop:set-open-visit',
  menuCommand: 'briefing-desktop:menu-command',
  saveCalendarExport: 'briefing-desktop:save-calendar-export',
} as const;

/** What main does for the page's desktop requests (dialogs and files stay in main). */
export interface DesktopServices {
  saveWordExport(target: WordExportTarget): Promise<Result<SaveOutcome>>;
  savePdfExport(target: PrintTarget): Promise<Result<SaveOutcome>>;
  print(target: PrintTarget): Promise<Result<PrintOutcome>>;
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
  /** One request with an answer: app page only, one argument, parsed, nothing thrown back. */
  function request<S extends z.ZodType, T>(
    channel: string,
    what: string,
    schema: S,
    service: (input: z.output<S>) => Promise<Result<T>>,
  ): void {
    ipc.handle(channel, async (event, ...args) => {
      if (!isFromAppPage(event)) {
        log(`refused a ${what} from ${String(event.senderFrame?.url).slice(0, 200)}`);
        return fail('forbidden', 'This request did not come from the Briefing window.');
      }
      if (args.length !== 1) return fail('invalid_input', `A ${what} takes one argument.`);
      const input = schema.safeParse(args[0]);
      if (!input.success) return fail('invalid_input', summarise(fieldIssues(input.error)));
      try {
        return await service(input.data);
      } catch (e) {
        log(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
        return fail('internal', `Something went wrong with the ${what}; details are in the log.`);
      }
    });
  }
  request(DESKTOP_CHANNELS.saveWordExport, 'Word export', WordExportTarget, (t) => services.saveWordExport(t));
  request(DESKTOP_CHANNELS.savePdfExport, 'PDF export', PrintTarget, (t) => services.savePdfExport(t));
  request(DESKTOP_CHANNELS.print, 'print', PrintTarget, (t) => services.print(t));
  const saveCalendarExport = services.saveCalendarExport;
  if (saveCalendarExport)
    request(DESKTOP_CHANNELS.saveCalendarExport, 'calendar export', CalendarExportTarget, (t) => saveCalendarExport(t));
  ipc.on(DESKTOP_CHANNELS.setOpenVisit, (event, ...args) => {
    if (!isFromAppPage(event) || args.length !== 1) return;
    const open = OpenVisit.safeParse(args[0]);
    if (open.success) services.setOpenVisit(open.data.visitId);
  });
}
