import type { NoteContent } from '../../domain/content';
import type { PackOverride } from '../../domain/pack';
import type { Store } from '../../store/store';
import { exportData, packChoiceFor, safeFileName, styleFor, type ExportChoices } from '../export-operations';
import { printNote, printPack, type PackPrint, type PrintableNote, type PrintOptions } from '../print/print-document';
import type { Paper } from '../print/print-css';
import { outlineStartPages, pageCount, withMetadata } from './pdf-file';
import type { PdfRenderer } from './pdf-renderer';

export interface PdfExport {
  fileName: string;
  base64: string;
  warnings: string[];
  pages: number;
}

/** A note, or a visit's book (its kept pack choice, with any option changed for this export). */
type PrintChoices = ExportChoices & { paper?: Paper };
type PackTarget = PrintChoices & PackOverride & { visitId: string };
export type PrintTarget = (PrintChoices & { noteId: string }) | PackTarget;

const pdfFileName = (title: string) => safeFileName(title, '.pdf');

/** The installation's look and settings (department, author, markings, language) as the print view needs them. */
function printOptions(store: Store, target: PrintTarget): PrintOptions {
  const { style, settings } = styleFor(store);
  return {
    style,
    paper: target.paper ?? 'A4',
    classifications: settings.classifications,
    language: settings.language,
    keepPlaceholders: target.keepPlaceholders,
  };
}

function note(store: Store, id: string): PrintableNote & { visitId: string } {
  const n = store.notes.get(id);
  return { ...n, content: n.content as NoteContent };
}

/** The book as the Word pack has it: the pack choice's notes and order, its cover. */
function packPrint(store: Store, target: PackTarget, options: PrintOptions): PackPrint {
  const { visitId, paper: _paper, keepPlaceholders: _keep, ...override } = target;
  const { choice, notes } = packChoiceFor(store, visitId, override);
  return printPack(notes, exportData(store, visitId), {
    ...options,
    pack: { ...choice.cover, preparedBy: choice.cover.preparedBy ?? (store.settings.get().author || undefined) },
  });
}

/** The page Print shows: the note's, or the book's (contents without page numbers: a printer has no PDF to read them from). */
export function printView(store: Store, target: PrintTarget): { html: string; title: string } {
  const options = printOptions(store, target);
  if ('noteId' in target) {
    const n = note(store, target.noteId);
    const doc = printNote(n, exportData(store, n.visitId), options);
    return { html: doc.html, title: doc.title };
  }
  const pack = packPrint(store, target, options);
  return { html: pack.html(), title: pack.title };
}

/** Renders until the contents' page numbers are where the briefs start (twice; a third time if the contents grew). */
async function renderPack(renderer: PdfRenderer, pack: PackPrint): Promise<Buffer> {
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

/** A note, or the briefing book, as a PDF with its title, author, subject and language. */
export async function exportPdf(store: Store, renderer: PdfRenderer, target: PrintTarget): Promise<PdfExport> {
  const options = printOptions(store, target);
  let pdf: Buffer;
  let made: { title: string; subject: string; warnings: string[] };
  let fileName: string;
  if ('noteId' in target) {
    const n = note(store, target.noteId);
    const doc = printNote(n, exportData(store, n.visitId), options);
    pdf = await renderer.render(doc.html);
    made = doc;
    fileName = pdfFileName(n.title);
  } else {
    const pack = packPrint(store, target, options);
    pdf = await renderPack(renderer, pack);
    made = pack;
    fileName = pdfFileName(`Briefing pack - ${pack.subject}`);
  }
  const withMeta = withMetadata(pdf, {
    title: made.title,
    subject: made.subject,
    author: options.style.author,
    language: options.language,
  });
  return { fileName, base64: withMeta.toString('base64'), warnings: made.warnings, pages: pageCount(withMeta) };
}
