import { Packer, Paragraph, type Document } from 'docx';
import type { FrameTarget } from './frame-target';
import { zip } from './zip';

/**
 * A document is built in two parts: docx writes its frame (styles, numbering definitions, headers
 * and footers, properties, title block, cover, contents), and each note's content, written as
 * WordprocessingML by content-to-wordml, goes where a slot paragraph stands in the frame.
 */

// A paragraph style id: user text is escaped, so it can never write this element itself.
const slotStyle = (index: number) => `BriefingContentSlot${index}`;
const slotXml = (index: number) => `<w:p><w:pPr><w:pStyle w:val="${slotStyle(index)}"/></w:pPr></w:p>`;

/** The paragraph that the content of slot `index` replaces once docx has written the frame. */
export function contentSlot(index: number): Paragraph {
  return new Paragraph({ style: slotStyle(index) });
}

type PackageParts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly unknown[]): PackageParts;
}

/**
 * docx's compile step (every part's XML, without prettify), which Packer runs before zipping. It
 * is not public API, hence the check: the export tests fail loudly if an upgrade moves it.
 */
function compileParts(doc: Document): PackageParts {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function')
    throw new Error('This version of the docx package has no Packer compiler: the Word export needs docx 9.15.');
  return compiler.compile(doc, undefined, []);
}

/** document.xml with each slot paragraph replaced by its content, in one pass. */
export function fillSlots(documentXml: string, contents: readonly string[]): string {
  let xml = '';
  let from = 0;
  contents.forEach((content, index) => {
    const slot = slotXml(index);
    const at = documentXml.indexOf(slot, from);
    if (at < 0 || documentXml.indexOf(slot, at + slot.length) >= 0)
      throw new Error(`Content slot ${index} is not in the document exactly once.`);
    xml += documentXml.slice(from, at) + content;
    from = at + slot.length;
  });
  return xml + documentXml.slice(from);
}

// [Content_Types].xml first, as Word and the Open Packaging Conventions readers expect it.
const FIRST = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels'];

/** The .docx file: docx's parts with the contents in their slots, zipped with native DEFLATE. */
export function packageDocx(doc: Document, target: FrameTarget, contents: readonly string[]): Buffer {
  const parts = compileParts(doc);
  const documentXml = parts.get('word/document.xml');
  const numberingXml = parts.get('word/numbering.xml');
  if (typeof documentXml !== 'string' || typeof numberingXml !== 'string')
    throw new Error('docx wrote no word/document.xml or word/numbering.xml.');
  parts.set('word/document.xml', fillSlots(documentXml, contents));
  parts.set('word/numbering.xml', target.completeNumbering(numberingXml));
  const names = [...FIRST.filter((n) => parts.has(n)), ...[...parts.keys()].filter((n) => !FIRST.includes(n))];
  return zip(names.map((name) => ({ name, data: parts.get(name)! })));
}
