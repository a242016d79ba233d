import { Window } from 'happy-dom';
import JSZip from 'jszip';
import { docxParts } from './docx-package';

/**
 * What a reader sees in a source, extracted without our import code, for "no word lost" checks:
 * the yardstick the sweep compares an imported note against.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

/** Elements whose text a reader never sees: deleted text, field codes, the fallback copy of a drawing. */
const HIDDEN = new Set(['w:deltext', 'w:instrtext', 'mc:fallback', 'w:del']);
/** Elements that separate words: a paragraph's end, a tab, a break, a table cell's end. */
const SEPARATORS = new Set(['w:p', 'w:tab', 'w:br', 'w:cr', 'w:tc', 'w:ptab']);

/**
 * The text of a WordprocessingML part (word/document.xml) in reading order: the w:t of every run,
 * less deleted text (w:delText), field codes (w:instrText) and mc:Fallback copies; paragraphs,
 * tabs and breaks separate words.
 */
export function wordprocessingText(xml: string): string {
  const out: string[] = [];
  let hidden = 0;
  let inText = 0;
  const tags = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [, close, rawName, , selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !hidden) out.push(decode(text));
      continue;
    }
    const name = rawName!.toLowerCase();
    if (name.startsWith('?') || name.startsWith('!')) continue;
    if (HIDDEN.has(name) && !selfClose) hidden += close ? -1 : 1;
    if (name === 'w:t' && !selfClose) inText += close ? -1 : 1;
    if (SEPARATORS.has(name) && (close || selfClose || name !== 'w:p')) out.push(' ');
  }
  return out.join('');
}

/** The words of a text: runs of letters and digits, so punctuation and separators do not count. */
export function sourceWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** The words of `source` missing from `got`, counted as a multiset (a word twice needs two copies). */
export function lostWords(source: string[], got: string[]): string[] {
  const have = new Map<string, number>();
  for (const w of got) have.set(w, (have.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of source) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else lost.push(w);
  }
  return lost;
}

/**
 * The words a reader sees in a .docx: the main document, its footnotes and its endnotes (what the
 * import brings in). Headers, footers and comments are left out on purpose: a briefing has its own
 * marking and footer, and comments are counted in the import's notice.
 */
export async function docxSourceWords(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const main = (await docxParts(zip)).document;
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const parts = [main, `${dir}footnotes.xml`, `${dir}endnotes.xml`];
  const words: string[] = [];
  for (const part of parts) {
    let xml = (await zip.file(part)?.async('string')) ?? '';
    // Word's separator "notes" (ids -1 and 0, or typed separator) hold no text a reader sees.
    xml = xml.replace(
      /<w:(footnote|endnote)\b[^>]*w:type="(separator|continuationSeparator|continuationNotice)"[\s\S]*?<\/w:\1>/g,
      '',
    );
    words.push(...sourceWords(wordprocessingText(xml)));
  }
  return words;
}

/**
 * The text a reader sees in clipboard HTML: no head, scripts or styles, none of Word's list
 * markers (mso-list:Ignore) or hidden elements, no Word comments and no tracked deletions (left
 * out on purpose, as in a .docx);
 * blocks and breaks separate words.
 */
export function visibleHtmlText(html: string): string {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('script,style,head,title,template,noscript,xml').forEach((e) => e.remove());
    for (const e of Array.from(doc.querySelectorAll('[style]'))) {
      const style = (e.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
      if (style.includes('mso-list:ignore') || style.includes('display:none')) e.remove();
      // Word comments are left out on purpose (a reviewer's remark is not the briefing's text).
      else if (style.includes('mso-element:comment-list')) e.remove();
    }
    doc.querySelectorAll('.msocomanchor,.msocomoff').forEach((e) => e.remove());
    // Word's tracked deletions are taken as accepted, as in a .docx (w:delText).
    doc.querySelectorAll('del[datetime],del[cite^="mailto:"]').forEach((e) => e.remove());
    const blocks = 'p,div,li,td,th,br,h1,h2,h3,h4,h5,h6,tr,ol,ul,table,blockquote';
    doc.querySelectorAll(blocks).forEach((e) => {
      e.before(doc.createTextNode(' '));
      e.after(doc.createTextNode(' '));
    });
    return doc.body.textContent ?? '';
  } finally {
    void window.happyDOM.close();
  }
}
