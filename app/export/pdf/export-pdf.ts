import type { NoteContent } from '../../domain/content';
import type { Store } from '../../store/store';
import { exportData, safeFileName } from '../export-operations';
import { printNote, printPack, type PrintableNote, type PrintOptions } from '../print/print-document';
import type { Paper } from '../print/print-css';
import { loadWordStyle } from '../style';
import { AppFailure } from '../../api/result';
import { outlineStartPages, pageCount, withMetadata } from './pdf-file';
import type { PdfRenderer } from './pdf-renderer';

export interface PdfExport {
  fileName: string;
  base64: string;
  warnings: string[];
  pages: number;
}

const pdfFileName = (title: string) => safeFileName(title, '.pdf');

/** The installation's look and settings as the print view needs them. */
function printOptions(store: Store, paper: Paper): PrintOptions {
  const style = loadWordStyle();
  const settings = store.settings.get();
  return {
    style: { ...style, department: settings.department || style.department },
    paper,
    classifications: settings.classifications,
    language: 'en-GB',
  };
}

function note(store: Store, id: string): PrintableNote & { visitId: string } {
  const n = store.notes.get(id);
  return { ...n, content: n.content as NoteContent };
}

function packNotes(store: Store, visitId: string, noteIds: readonly string[] | undefined) {
  const ids = noteIds ?? store.notes.listForVisit(visitId).map((n) => n.id);
  return ids.map((id) => {
    const n = note(store, id);
    if (n.visitId !== visitId) throw new AppFailure('invalid_input', `Note ${id} is not a note of this visit.`);
    return n;
  });
}

export type PrintTarget = { noteId: string; paper?: Paper } | { visitId: string; noteIds?: string[]; paper?: Paper };

/** The page Print and the preview show: the note's, or the book's as it would print before page numbers are known. */
export function printView(store: Store, target: PrintTarget): { html: string; title: string } {
  const options = printOptions(store, target.paper ?? 'A4');
  if ('noteId' in target) {
    const n = note(store, target.noteId);
    const doc = printNote(n, exportData(store, n.visitId), options);
    return { html: doc.html, title: doc.title };
  }
  const pack = printPack(packNotes(store, target.visitId, target.noteIds), exportData(store, target.visitId), options);
  return { html: pack.html(), title: pack.title };
}

export async function exportNotePdf(
  store: Store,
  renderer: PdfRenderer,
  noteId: string,
  paper: Paper = 'A4',
): Promise<PdfExport> {
  const n = note(store, noteId);
  const options = printOptions(store, paper);
  const doc = printNote(n, exportData(store, n.visitId), options);
  const pdf = withMetadata(await renderer.render(doc.html), {
    title: doc.title,
    subject: doc.subject,
    author: options.style.author,
    language: options.language,
  });
  return {
    fileName: pdfFileName(n.title),
    base64: pdf.toString('base64'),
    warnings: doc.warnings,
    pages: pageCount(pdf),
  };
}

/** Renders until the contents' page numbers are where the briefs start (twice, a third time if the contents grew). */
async function renderPack(renderer: PdfRenderer, pack: ReturnType<typeof printPack>): Promise<Buffer> {
  let starts: number[] | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const pdf = await renderer.render(pack.html(starts));
    const found = outlineStartPages(pdf);
    if (found.length !== pack.headings.length) {
      throw new Error(`the PDF outline has ${found.length} entries, ${pack.headings.length} were written`);
    }
    if (starts && found.every((p, i) => p === starts![i])) return pdf;
    starts = found;
  }
  return renderer.render(pack.html(starts));
}

export async function exportPackPdf(
  store: Store,
  renderer: PdfRenderer,
  visitId: string,
  noteIds?: readonly string[],
  paper: Paper = 'A4',
): Promise<PdfExport> {
  const data = exportData(store, visitId);
  const notes = packNotes(store, visitId, noteIds);
  const options = printOptions(store, paper);
  const pack = printPack(notes, data, options);
  const pdf = withMetadata(await renderPack(renderer, pack), {
    title: pack.title,
    subject: pack.subject,
    author: options.style.author,
    language: options.language,
  });
  return {
    fileName: pdfFileName(`Briefing pack - ${data.visit.title}`),
    base64: pdf.toString('base64'),
    warnings: pack.warnings,
    pages: pageCount(pdf),
  };
}
