/**
 * The WordprocessingML elements a note's content is written as, as strings, byte for byte what
 * docx 9.15's Paragraph, TextRun, ExternalHyperlink and Table write for the same options (the
 * tests compare the two). Writing them directly skips docx's per-element object tree, which made
 * a long note's export several times slower than the document it produces warrants.
 */
import { cleanText } from './clean-text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex -- docx drops the C0 controls XML cannot carry; so does this
const NEEDS_ESCAPE = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPED = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Text or an attribute value escaped as docx escapes both (quotes included, C0 controls dropped). */
export function escapeXml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value;
}

/** User text, cleaned of what XML cannot carry, then escaped. */
export function xmlText(text: string): string {
  return escapeXml(cleanText(text));
}

/** A run of text, `properties` being a `runProperties` result. */
export function textRun(text: string, properties = ''): string {
  return `<w:r>${properties}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

export const LINE_BREAK = '<w:r><w:br/></w:r>';

export interface RunFormat {
  style?: string;
  font?: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  highlight?: string;
  underline?: boolean;
  subScript?: boolean;
  superScript?: boolean;
}

/** `<w:rPr>` in docx's element order; empty when nothing is set, as docx leaves it out. */
export function runProperties(f: RunFormat): string {
  let xml = '';
  if (f.style) xml += `<w:rStyle w:val="${escapeXml(f.style)}"/>`;
  if (f.font) {
    const font = escapeXml(f.font);
    xml += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
  }
  if (f.bold) xml += '<w:b/><w:bCs/>';
  if (f.italics) xml += '<w:i/><w:iCs/>';
  if (f.strike) xml += '<w:strike/>';
  if (f.highlight) xml += `<w:highlight w:val="${escapeXml(f.highlight)}"/>`;
  if (f.underline) xml += '<w:u w:val="single"/>';
  if (f.subScript) xml += '<w:vertAlign w:val="subscript"/>';
  if (f.superScript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/** A paragraph of runs; `properties` is the inside of `<w:pPr>` (empty for none). */
export function paragraph(properties: string, runs: string): string {
  const pPr = properties ? `<w:pPr>${properties}</w:pPr>` : '';
  return pPr || runs ? `<w:p>${pPr}${runs}</w:p>` : '<w:p/>';
}

export const paragraphStyle = (style: string) => `<w:pStyle w:val="${escapeXml(style)}"/>`;

/** A list paragraph's properties: Word's own List Paragraph style and its numbering. */
export const numbered = (level: number, numId: number) =>
  `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;

export const indented = (left: number, hanging: number) => `<w:ind w:left="${left}" w:hanging="${hanging}"/>`;

/** An external hyperlink around runs; a fragment goes to `w:anchor`, as docx splits it off. */
export function hyperlink(relationshipId: string, anchor: string | undefined, runs: string): string {
  const anchorAttribute = anchor ? ` w:anchor="${xmlText(anchor)}"` : '';
  return `<w:hyperlink w:history="1"${anchorAttribute} r:id="rId${escapeXml(relationshipId)}">${runs}</w:hyperlink>`;
}

/** Where a link goes: docx moves a fragment of up to 255 characters to the hyperlink's anchor. */
export function linkTarget(link: string): { target: string; anchor?: string } {
  const index = link.indexOf('#');
  const fragmentLength = link.length - index - 1;
  return index > 0 && fragmentLength > 0 && fragmentLength <= 255
    ? { target: link.slice(0, index), anchor: link.slice(index + 1) }
    : { target: link };
}
