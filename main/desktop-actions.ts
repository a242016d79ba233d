import path from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { VisitDetail, WordExport } from '../app/api/contract';
import type {
  CalendarExportTarget,
  MenuCommand,
  PrintOutcome,
  PrintTarget,
  SaveOutcome,
  WordExportTarget,
} from '../app/api/desktop';
import type { PdfExport } from '../app/export/pdf/export-pdf';
import type { CalendarExport } from '../app/calendar/operations';
import type { Dispatch } from '../app/api/dispatch';
import type { InterchangeJson } from '../app/interchange/format';
import type { ImportResult } from '../app/interchange/import';
import { AppFailure, fail, ok, type AppError, type Result } from '../app/api/result';
import { writeFileAtomic } from '../app/files/write-file';
import { readVisitFileText } from '../app/interchange/read-file';
import { safeFileName } from '../app/export/export-operations';
import type { JobRunner } from '../app/jobs/runner';
import { readDocxFile } from '../app/import/read-docx-file';
import type { DocxImportResult } from '../app/api/contract';

/** Electron's dialog module as used here (looked up at each call, so tests can stub it). */
export interface Dialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

export interface DesktopDeps {
  dispatch: Dispatch;
  /** Reads and parses a visit file off the main process (main/workers), within a budget. */
  jobs: JobRunner;
  dialogs: Dialogs;
  /** Where save dialogs open first (the user's Documents folder); then the folder last used. */
  startFolder: string;
  sendToPage(command: MenuCommand): void;
  showItemInFolder(file: string): void;
  /** The system's print dialog for a print page (Electron: a hidden, locked-down window). */
  printHtml(html: string): Promise<PrintOutcome>;
}

type FileOutcome = { saved: true; file: string; fileName: string; warnings: string[] } | { saved: false };

const DOCX_FILTER = { name: 'Word document', extensions: ['docx'] };
const PDF_FILTER = { name: 'PDF document', extensions: ['pdf'] };

/** What each kind of document export asks the app for and how the save dialog presents it. */
const DOCUMENT_EXPORTS = {
  word: {
    filter: DOCX_FILTER,
    title: 'Export to Word',
    operation: (target: WordExportTarget) => ('noteId' in target ? 'export.note' : 'export.pack'),
  },
  pdf: { filter: PDF_FILTER, title: 'Export to PDF', operation: () => 'export.pdf' },
} as const;
type DocumentFormat = keyof typeof DOCUMENT_EXPORTS;
const JSON_FILTER = { name: 'Briefing visit (JSON)', extensions: ['json'] };
const ICS_FILTER = { name: 'Calendar (iCalendar)', extensions: ['ics'] };

/** "people.2.titles.0.from" -> "people[2].titles[0].from": where to look in the file. */
export function jsonPath(dotted: string): string {
  if (!dotted) return '(the whole file)';
  return dotted
    .split('.')
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** The import's error as a dialog: what failed, and where in the file the first problem is. */
export function describeImportFailure(fileName: string, error: AppError): { message: string; detail: string } {
  const first = error.issues?.[0];
  if (!first) return { message: `${fileName} could not be imported.`, detail: error.message };
  const more = (error.issues?.length ?? 1) - 1;
  return {
    message: `${fileName} could not be imported.`,
    detail:
      `The first problem is at ${jsonPath(first.path)}: ${first.message}` +
      (more > 0 ? `\n(${more} more problem${more === 1 ? '' : 's'} after it.)` : '') +
      '\nNothing was imported.',
  };
}

/** The file name a save dialog suggests for a visit file. */
export function visitFileName(title: string): string {
  return safeFileName(title, '.json');
}

/** A name typed without an extension gets the one the dialog was for (GTK does not add it). */
export function withExtension(file: string, extension: string): string {
  return path.extname(file) ? file : `${file}${extension}`;
}

function errorText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * The File menu's actions and the page's "save a Word document": every decision about the data
 * is the app's (through the same dispatch as every caller); main only asks where, writes the file
 * (atomically: temp file + rename in the same folder) and says what happened.
 */
export function createDesktopActions(deps: DesktopDeps) {
  let folder = deps.startFolder;

  async function askWhereToSave(fileName: string, filter: typeof DOCX_FILTER, title: string) {
    const extension = `.${filter.extensions[0]}`;
    const r = await deps.dialogs.showSaveDialog({
      title,
      defaultPath: path.join(folder, fileName),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (r.canceled || !r.filePath) return undefined;
    const file = withExtension(r.filePath, extension);
    folder = path.dirname(file);
    return file;
  }

  function write(file: string, data: string | Uint8Array): Result<null> {
    try {
      writeFileAtomic(file, data);
      return ok(null);
    } catch (e) {
      return fail('storage_error', `Could not write ${path.basename(file)}: ${errorText(e)}`);
    }
  }

  async function showError(message: string, detail: string) {
    await deps.dialogs.showMessageBox({ type: 'error', title: 'Briefing', message, detail, buttons: ['OK'] });
  }

  /** "Saved", with a button that shows the file in the system's file manager. */
  async function showSaved(message: string, file: string, detail = '') {
    const r = await deps.dialogs.showMessageBox({
      type: 'info',
      title: 'Briefing',
      message,
      detail: detail ? `${file}\n\n${detail}` : file,
      buttons: ['OK', 'Show in folder'],
      defaultId: 0,
      cancelId: 0,
    });
    if (r.response === 1) deps.showItemInFolder(file);
  }

  /** Exports, asks where, writes; the path chosen stays in main. */
  async function exportDocumentFile(
    format: DocumentFormat,
    target: WordExportTarget | PrintTarget,
  ): Promise<Result<FileOutcome>> {
    const kind = DOCUMENT_EXPORTS[format];
    const exported = await deps.dispatch(kind.operation(target), target);
    if (!exported.ok) return exported;
    const doc = exported.value as WordExport | PdfExport;
    const file = await askWhereToSave(doc.fileName, kind.filter, kind.title);
    if (!file) return ok({ saved: false });
    const written = write(file, Buffer.from(doc.base64, 'base64'));
    if (!written.ok) return written;
    return ok({ saved: true, file, fileName: path.basename(file), warnings: doc.warnings });
  }

  /** For the page (window.briefingDesktop.save…Export): the outcome without the path. */
  async function saveDocument(
    format: DocumentFormat,
    target: WordExportTarget | PrintTarget,
  ): Promise<Result<SaveOutcome>> {
    const r = await exportDocumentFile(format, target);
    if (!r.ok || !r.value.saved) return r as Result<SaveOutcome>;
    const { file: _file, ...outcome } = r.value;
    return ok(outcome);
  }

  /** The print view of a note or of the book, in the system's print dialog. */
  async function print(target: PrintTarget): Promise<Result<PrintOutcome>> {
    const view = await deps.dispatch('export.printView', target);
    if (!view.ok) return view;
    return ok(await deps.printHtml((view.value as { html: string }).html));
  }

  /** File → Export briefing pack to Word… / to PDF… */
  async function exportPack(format: DocumentFormat, visitId: string): Promise<void> {
    const r = await exportDocumentFile(format, { visitId });
    if (!r.ok) return showError('The briefing pack could not be exported.', r.error.message);
    if (!r.value.saved) return;
    const warnings = r.value.warnings;
    await showSaved(
      `Exported ${r.value.fileName}`,
      r.value.file,
      warnings.length ? `${warnings.length} warning(s):\n${warnings.join('\n')}` : '',
    );
  }

  /** Exports the programme as .ics, asks where, writes; the path chosen stays in main. */
  async function exportCalendarFile(
    visitId: string,
  ): Promise<Result<{ saved: false } | { saved: true; file: string }>> {
    const exported = await deps.dispatch('calendar.export', { visitId });
    if (!exported.ok) return exported;
    const ics = exported.value as CalendarExport;
    const file = await askWhereToSave(ics.fileName, ICS_FILTER, 'Export programme to calendar');
    if (!file) return ok({ saved: false });
    const written = write(file, ics.text);
    if (!written.ok) return written;
    return ok({ saved: true, file });
  }

  return {
    saveWordExport: (target: WordExportTarget) => saveDocument('word', target),
    savePdfExport: (target: PrintTarget) => saveDocument('pdf', target),
    print,

    /** For the page (window.briefingDesktop.saveCalendarExport): the outcome without the path. */
    async saveCalendarExport(target: CalendarExportTarget): Promise<Result<SaveOutcome>> {
      const r = await exportCalendarFile(target.visitId);
      if (!r.ok) return r;
      return ok(
        r.value.saved ? { saved: true, fileName: path.basename(r.value.file), warnings: [] } : { saved: false },
      );
    },

    /** File → Export programme to calendar… (as `briefing export-ics`). */
    async exportCalendar(visitId: string): Promise<void> {
      const r = await exportCalendarFile(visitId);
      if (!r.ok) return showError('The programme could not be exported.', r.error.message);
      if (r.value.saved) await showSaved(`Exported ${path.basename(r.value.file)}`, r.value.file);
    },

    /** File → Export briefing pack to Word… */
    exportPack: (visitId: string) => exportPack('word', visitId),
    /** File → Export briefing pack to PDF… */
    exportPackPdf: (visitId: string) => exportPack('pdf', visitId),
    /** File → Print briefing pack… */
    async printPack(visitId: string): Promise<void> {
      const r = await print({ visitId });
      if (!r.ok) return showError('The briefing pack could not be printed.', r.error.message);
    },

    /** File → Export visit to JSON… (the interchange format, as `briefing export-json`). */
    async exportVisitJson(visitId: string): Promise<void> {
      const exported = await deps.dispatch('interchange.export', { visitId });
      if (!exported.ok) return showError('The visit could not be exported.', exported.error.message);
      const json = exported.value as InterchangeJson;
      const file = await askWhereToSave(visitFileName(json.visit.title), JSON_FILTER, 'Export visit to JSON');
      if (!file) return;
      const written = write(file, JSON.stringify(json, null, 2) + '\n');
      if (!written.ok) return showError('The visit could not be exported.', written.error.message);
      await showSaved(`Exported ${path.basename(file)}`, file);
    },

    /** File → Import visit…: all or nothing; an existing visit is replaced only when the user says so. */
    async importVisit(): Promise<void> {
      const picked = await deps.dialogs.showOpenDialog({
        title: 'Import a visit',
        filters: [JSON_FILTER],
        properties: ['openFile'],
      });
      const file = picked.filePaths[0];
      if (picked.canceled || !file) return;
      const name = path.basename(file);
      // Read here (its size first), parsed, validated and cleaned by the job worker: a hostile
      // file costs the worker, not the window.
      let text: string;
      try {
        text = readVisitFileText(file);
      } catch (e) {
        return showError(`${name} could not be imported.`, e instanceof AppFailure ? e.message : errorText(e));
      }
      let r = await deps.dispatch('interchange.import', { file: text });
      if (!r.ok && r.error.code === 'already_exists') {
        const existing = await existingVisit(await deps.jobs.run({ kind: 'interchange.parse', source: { text } }));
        if (existing) {
          const answer = await deps.dialogs.showMessageBox({
            type: 'question',
            title: 'Briefing',
            message: `“${existing.visit.title}” is already in Briefing.`,
            detail:
              'Replace it with the visit in this file? Its programme, people and notes are replaced by those in the file. Back up first (File → Back up now) to be able to go back.',
            buttons: ['Replace', 'Cancel'],
            defaultId: 1,
            cancelId: 1,
          });
          if (answer.response !== 0) return;
          r = await deps.dispatch('interchange.import', { file: text, replace: true });
        }
      }
      if (!r.ok) {
        const { message, detail } = describeImportFailure(name, r.error);
        return showError(message, detail);
      }
      const result = r.value as ImportResult;
      deps.sendToPage({ command: 'open-visit', visitId: result.visitId });
      await deps.dialogs.showMessageBox({
        type: 'info',
        title: 'Briefing',
        message: `Imported ${name}`,
        detail: `${result.people} people, ${result.programme} programme items and ${result.notes} notes${result.replaced ? ', replacing the visit that was there' : ''}.`,
        buttons: ['OK'],
      });
    },

    /** File → Import Word document…: a new note in the open visit; what did not come in is said. */
    async importDocx(visitId: string): Promise<void> {
      const picked = await deps.dialogs.showOpenDialog({
        title: 'Import a Word document',
        filters: [DOCX_FILTER],
        properties: ['openFile'],
      });
      const file = picked.filePaths[0];
      if (picked.canceled || !file) return;
      const name = path.basename(file);
      let read: { base64: string; title: string };
      try {
        read = readDocxFile(file);
      } catch (e) {
        return showError(`${name} could not be imported.`, e instanceof AppFailure ? e.message : errorText(e));
      }
      const r = await deps.dispatch('notes.importDocx', {
        visitId,
        base64: read.base64,
        title: read.title || undefined,
      });
      if (!r.ok) return showError(`${name} could not be imported.`, `${r.error.message} Nothing was imported.`);
      const { note, notice } = r.value as DocxImportResult;
      deps.sendToPage({ command: 'open-note', visitId, noteId: note.id });
      if (notice)
        await deps.dialogs.showMessageBox({
          type: 'info',
          title: 'Briefing',
          message: `Imported ${name}`,
          detail: notice,
          buttons: ['OK'],
        });
    },

    /** File → Back up now: a backup beside the database (the newest ten are kept). */
    async backUpNow(): Promise<void> {
      const r = await deps.dispatch('backup.create', {});
      if (!r.ok) return showError('The backup failed.', r.error.message);
      const { file, bytes } = r.value as { file: string; bytes: number };
      await showSaved(
        'Backup written',
        file,
        `${(bytes / 1024 / 1024).toFixed(1)} MB. The newest ten backups are kept.`,
      );
    },
  };

  /** The visit a file's id names, if it is in the database already. */
  async function existingVisit(json: unknown): Promise<VisitDetail | undefined> {
    const id = (json as { visit?: { id?: unknown } } | null)?.visit?.id;
    if (typeof id !== 'string') return undefined;
    const r = await deps.dispatch('visits.get', { id });
    return r.ok ? (r.value as VisitDetail) : undefined;
  }
}

export type DesktopActions = ReturnType<typeof createDesktopActions>;
