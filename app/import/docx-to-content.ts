import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import { applyNumberMarkers, markNumberedParagraphs } from './docx-numbering';
import { htmlToContent } from './html-to-content';
import { docxParts } from './docx-package';
import { flattenDeepTables } from './docx-tables';
import { descendants, tagOf, type DomDocument } from './dom';

import { MAX_DOCX_BYTES, MAX_DOCX_UNPACKED_BYTES } from './limits';
import type { DocxImportReport } from './docx-report';

export { MAX_DOCX_BYTES };
export { describeDocxImport, type DocxImportReport } from './docx-report';

/** Word's paragraph and run styles that mammoth does not map by default. */
const STYLE_MAP = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
];

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
  const unpacked = unpackedSize(zip);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES)
    throw refuse(
      `This file unpacks to ${Math.round(unpacked / 1024 / 1024)} MB, far more than a Word document holds: it is damaged or built to exhaust memory, and was not imported.`,
    );
  const parts = await docxParts(zip);
  const documentXml = await zip.file(parts.document)?.async('string');
  if (documentXml === undefined) throw refuse(notDocx);
  const commentsXml = (await zip.file(parts.comments)?.async('string')) ?? '';
  const numberingXml = await zip.file(parts.numbering)?.async('string');
  let input: Buffer = Buffer.from(bytes);
  const deep = flattenDeepTables(documentXml);
  if (numberingXml || deep.flattened) {
    // How each list counts (letters, roman, where it continues) travels through mammoth as markers.
    zip.file(parts.document, numberingXml ? markNumberedParagraphs(deep.xml, numberingXml) : deep.xml);
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
  const { content, report } = htmlToContent(html, (doc) => {
    applyNumberMarkers(doc);
    footnotes(doc);
  });
  return {
    content,
    heading: firstHeading(content),
    report: {
      images: report.pictures,
      comments: (commentsXml.match(/<w:comment\b/g) ?? []).length,
      trackedChanges: (documentXml.match(/<w:(ins|del)\b/g) ?? []).length,
      reshaped: report.blocksInListItems + report.nestedTables + deep.flattened,
      headersFooters: await headersFootersWithText(zip),
    },
  };
}

/**
 * mammoth writes footnotes and endnotes as a numbered list at the end, each with a "↑" link back
 * to its reference, and the reference as "[1]". The reference stays as text; the arrow, a link
 * that leads nowhere in a note, goes; an empty paragraph keeps the notes from joining a numbered
 * list that ends the document.
 */
function footnotes(doc: DomDocument): void {
  for (const link of descendants(doc.body))
    if (tagOf(link) === 'a' && /^#(foot|end)note-ref-/.test(link.getAttribute('href') ?? '')) link.remove();
  for (const item of descendants(doc.body)) {
    if (tagOf(item) !== 'li' || !/^(foot|end)note-/.test(item.getAttribute('id') ?? '')) continue;
    const list = item.parentElement;
    if (list && !item.previousSibling) list.before(doc.createElement('p'));
  }
}

/** Header and footer parts that hold words (mammoth reads neither). */
async function headersFootersWithText(zip: JSZip): Promise<number> {
  let count = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    // A page number alone ("1", "- 2 -") is not worth a word; a marking or a name is.
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (/\p{L}/u.test(text)) count++;
  }
  return count;
}

/** The sizes the zip's directory declares for its parts, added up (nothing is inflated). */
function unpackedSize(zip: JSZip): number {
  let total = 0;
  zip.forEach((_, file) => {
    // JSZip keeps the declared size on a field it does not type.
    const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    total += typeof size === 'number' && size > 0 ? size : 0;
  });
  return total;
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
