import { z } from 'zod';
import { Id } from '../domain/ids';
import type { Paper as PaperName } from '../export/print/print-css';
import type { Result } from './result';

/**
 * What the desktop app offers the page beyond the contract's operations (window.briefingDesktop,
 * Electron only; the browser harness has none). Every message is parsed with these schemas on
 * the side that receives it.
 */

/** What the application menu asks the page to do (main -> renderer). */
export const MenuCommand = z.discriminatedUnion('command', [
  /** File → New visit: the visit list with the new-visit form open. */
  z.strictObject({ command: z.literal('new-visit') }),
  /** After File → Import visit: show the visit that came in. */
  z.strictObject({ command: z.literal('open-visit'), visitId: Id }),
  /** After File → Import Word document: show the note that came in. */
  z.strictObject({ command: z.literal('open-note'), visitId: Id, noteId: Id }),
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** A note, or a visit's briefing pack, to export to Word (renderer -> main). */
export const WordExportTarget = z.union([
  z.strictObject({ noteId: Id, keepPlaceholders: z.boolean().optional() }),
  z.strictObject({
    visitId: Id,
    noteIds: z.array(Id).max(1000).optional(),
    keepPlaceholders: z.boolean().optional(),
  }),
]);
export type WordExportTarget = z.infer<typeof WordExportTarget>;

/** A PDF export and Print take the same targets as a Word export, and the paper (A4 unless asked). */
const Paper = z.enum(['A4', 'Letter'] as const satisfies readonly PaperName[]);
export const PrintTarget = z.union([
  z.strictObject({ noteId: Id, keepPlaceholders: z.boolean().optional(), paper: Paper.optional() }),
  z.strictObject({
    visitId: Id,
    noteIds: z.array(Id).max(1000).optional(),
    keepPlaceholders: z.boolean().optional(),
    paper: Paper.optional(),
  }),
]);
export type PrintTarget = z.infer<typeof PrintTarget>;

/** What Print did: the system dialog printed, or was cancelled (reason as the system gave it). */
export type PrintOutcome = { printed: boolean };
/** A visit whose programme to export as iCalendar (renderer -> main). */
export const CalendarExportTarget = z.strictObject({ visitId: Id });
export type CalendarExportTarget = z.infer<typeof CalendarExportTarget>;

/** The visit the page shows, or null: the visit that File → Export acts on (renderer -> main). */
export const OpenVisit = z.strictObject({ visitId: Id.nullable() });
export type OpenVisit = z.infer<typeof OpenVisit>;

/** The user chose a file and it was written, or cancelled the dialog. Never a path: main chose it. */
export type SaveOutcome = { saved: true; fileName: string; warnings: string[] } | { saved: false };

export interface DesktopBridge {
  /** Exports, then asks where to save with the native dialog; the file is written by main. */
  saveWordExport(target: WordExportTarget): Promise<Result<SaveOutcome>>;
  /** The same for a PDF of the print view. */
  savePdfExport(target: PrintTarget): Promise<Result<SaveOutcome>>;
  /** The print view in the system's print dialog. */
  print(target: PrintTarget): Promise<Result<PrintOutcome>>;
  /** Exports a visit's programme to .ics, then asks where to save it (older shells lack it). */
  saveCalendarExport?(target: CalendarExportTarget): Promise<Result<SaveOutcome>>;
  /** Tells main which visit is open, so the File menu can export it. */
  setOpenVisit(open: OpenVisit): void;
  /** Listens to the menu; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
