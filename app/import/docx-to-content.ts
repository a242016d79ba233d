import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import { applyNumberMarkers, markNumberedParagraphs } from './docx-numbering';
import { htmlToContent } from './html-to-content';

import { MAX_DOCX_BYTES } from './limits';

export { MAX_DOCX_BYTES };

/** Word's paragraph and run styles that mammoth does not map by default. */
const STYLE_MAP = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
];

export interface DocxImportReport {
  /** Pictures, charts and drawings: not part of a briefing note. */
  images: number;
  /** Word comments (the commented text itself is kept). */
  comments: number;
  /** Insertions and deletions Word was tracking: the text comes in as if they were accepted. */
  trackedChanges: number;
  /** Tables in tables, paragraphs in list items: made rows and lines of text. */
  reshaped: number;
}

export interface DocxImport {
  content: NoteContent;
  /** The first heading's text, offered as the note's title when none is given. */
  heading: string | null;
  report: DocxImportReport;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const refuse = (message: string) => new AppFailure('invalid_input', message);

/**
 * A .docx as a note's content: mammoth turns Word's structure into semantic HTML (headings, lists,
 * tables, links, bold/italic/underline/strike), then the same cleaning and Lexical import as a
 * paste. What a note cannot hold is counted for the user, never dropped silently. Input that is
 * not a .docx is refused with one sentence saying what to do.
 */
export async function docxToContent(bytes: Uint8Array): Promise<DocxImport> {
  if (bytes.length > MAX_DOCX_BYTES)
    throw refuse(
      `The file is ${Math.round(bytes.length / 1024 / 1024)} MB; Word documents larger than 50 MB cannot be imported. Save a copy without pictures and import that.`,
    );
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Word keeps a password-protected .docx in the old container format, with an EncryptionInfo stream.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw refuse(
      encrypted
        ? 'The document is protected by a password. Open it in Word, remove the password (File → Info → Protect Document) and import it again.'
        : 'This is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice, save it as a Word document (.docx) and import that.',
    );
  }
  const notDocx =
    'This file is not a Word document (.docx). Choose a file saved by Word, LibreOffice or Google Docs as .docx.';
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw refuse(notDocx);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(
      'The Word document is damaged and cannot be read. Open it in Word, save it again and import the copy.',
    );
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw refuse(notDocx);
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  let input: Buffer = Buffer.from(bytes);
  if (numberingXml) {
    // How each list counts (letters, roman, where it continues) travels through mammoth as markers.
    zip.file('word/document.xml', markNumberedParagraphs(documentXml, numberingXml));
    input = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input },
      {
        styleMap: STYLE_MAP,
        // Pictures are counted by the sanitiser; their bytes need not be encoded on the way.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw refuse(
      'The Word document is damaged and cannot be read. Open it in Word, save it again and import the copy.',
    );
  }
  const { content, report } = htmlToContent(html, applyNumberMarkers);
  return {
    content,
    heading: firstHeading(content),
    report: {
      images: report.pictures,
      comments: (commentsXml.match(/<w:comment\b/g) ?? []).length,
      trackedChanges: (documentXml.match(/<w:(ins|del)\b/g) ?? []).length,
      reshaped: report.blocksInListItems + report.nestedTables,
    },
  };
}

function firstHeading(content: NoteContent): string | null {
  for (const block of content.root.children) {
    if (block.type !== 'heading') continue;
    const text = block.children
      .map((c) => (c.type === 'text' ? c.text : ''))
      .join('')
      .trim();
    if (text) return text.slice(0, 300);
  }
  return null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 images and 2 comments were not imported." — or null when everything came in. */
export function describeDocxImport(report: DocxImportReport): string | null {
  const left: string[] = [];
  if (report.images) left.push(plural(report.images, 'image', 'images'));
  if (report.comments) left.push(plural(report.comments, 'comment', 'comments'));
  const sentences: string[] = [];
  if (left.length) {
    const list = left.length === 1 ? left[0]! : `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]}`;
    const count = report.images + report.comments;
    sentences.push(`${list} ${count === 1 ? 'was' : 'were'} not imported.`);
  }
  if (report.trackedChanges)
    sentences.push(`${plural(report.trackedChanges, 'tracked change was', 'tracked changes were')} taken as accepted.`);
  if (report.reshaped)
    sentences.push(
      `${plural(report.reshaped, 'table or paragraph', 'tables or paragraphs')} inside lists or tables became list items or rows of text.`,
    );
  return sentences.length ? sentences.join(' ') : null;
}
