import {
  children,
  descendants,
  isComment,
  isElement,
  styleProperty,
  tagOf,
  unwrap,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { listStyleOfCss, typeAttributeOf } from './list-style';
import { convertWordLists, takeWordMarkers } from './word-lists';
import { convertWordOnlineLists } from './word-online-lists';

/** Elements whose content cannot be kept in a briefing: removed with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'meta',
  'link',
  'title',
  'head',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'svg',
  'picture',
  'video',
  'audio',
  'canvas',
  'map',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'noscript',
  'template',
  // Office's layout-only elements: an empty paragraph mark, a content control's properties, XML islands.
  'xml',
  'o:p',
  'w:sdtpr',
  'w:sdtendpr',
  'w:data',
]);
/** Pictures: counted, so the user is told they did not come in. */
const PICTURES = new Set(['img', 'svg', 'picture', 'canvas']);

/** Attributes kept, per element; every other attribute (style, class, id, on*, ...) goes. */
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start', 'type'],
};

const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

export interface SanitiseReport {
  /** Pictures, drawings and shapes left out (a briefing holds text). */
  pictures: number;
  /** Word comments left out: a reviewer's remark must not reach a briefing sent to the host. */
  comments: number;
  /** Word's tracked insertions and deletions, taken as accepted (as a .docx import does). */
  trackedChanges: number;
}

/**
 * Cleans HTML from the clipboard (Word, Google Docs, web pages) or from a .docx (through mammoth)
 * before Lexical imports it, in place: Word's paragraph-lists become real lists, Office's
 * namespaced wrappers (content controls `w:Sdt`, smart tags `st1:*`) are unwrapped with their text
 * kept, inline styles meaning bold/italic/underline/strikethrough become tags, and styles,
 * classes, scripts, pictures and unsafe links go. Pure over the document it is given: the
 * window's DOMParser or happy-dom in Node.
 */
export function sanitiseHtml(doc: DomDocument): SanitiseReport {
  const body = doc.body;
  const comments = wordComments(body);
  const trackedChanges = wordTrackedChanges(body);
  takeWordMarkers(body);
  convertWordLists(doc);
  convertWordOnlineLists(doc);
  googleDocs(doc);
  appleInterchangeNewline(body);
  breaksBetweenBlocks(doc);
  styleToTags(doc);
  const report: SanitiseReport = { pictures: 0, comments, trackedChanges };
  cleanTree(body, report);
  return report;
}

/**
 * Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">
 * (not bold), puts each list item's text in a <p>, and gives the numbering style on each <li>.
 */
function googleDocs(doc: DomDocument): void {
  const body = doc.body;
  for (const el of descendants(body)) {
    const tag = tagOf(el);
    if (tag === 'b' && /^docs-internal-guid/.test(el.getAttribute('id') ?? '')) unwrap(el);
    else if (tag === 'ol' && !el.getAttribute('type')) {
      const first = children(el).find((c): c is DomElement => isElement(c) && tagOf(c) === 'li');
      const style = first && listStyleOfCss(styleProperty(first, 'list-style-type'));
      if (style && style !== 'decimal') el.setAttribute('type', typeAttributeOf(style));
    }
  }
  for (const li of descendants(body).filter((el) => tagOf(el) === 'li')) {
    const paragraphs = children(li).filter((c): c is DomElement => isElement(c) && tagOf(c) === 'p');
    paragraphs.forEach((p, i) => {
      if (i > 0) p.before(doc.createElement('br'));
      unwrap(p);
    });
  }
}

/**
 * Word desktop copies the comments on the selection with it, as text a browser shows: an anchor
 * "[DS1]" after the commented words, and each comment's text in a list after the selection
 *   <a class=msocomanchor href="#_msocom_1">[DS1]</a> … <div style='mso-element:comment-list'>
 *     <div style='mso-element:comment'><p class=MsoCommentText>Do not concede…</p></div></div>
 * Both go (the commented words stay), as a .docx import leaves comments out; the count is
 * returned so the user is told. Word's `<br clear=all>` before its notes is layout and goes too.
 */
function wordComments(body: DomElement): number {
  let comments = 0;
  for (const el of descendants(body)) {
    if (!el.parentNode) continue; // inside something already removed
    const element = styleProperty(el, 'mso-element')?.toLowerCase();
    const special = styleProperty(el, 'mso-special-character')?.toLowerCase();
    if (element === 'comment-list') {
      comments += descendants(el).filter((c) => styleProperty(c, 'mso-element')?.toLowerCase() === 'comment').length;
      el.remove();
    } else if (/\bmsocom(anchor|off)\b/i.test(el.getAttribute('class') ?? '') || special === 'comment') el.remove();
    else if (tagOf(el) === 'br' && el.getAttribute('clear') !== null) el.remove();
  }
  return comments;
}

/**
 * Word copies tracked changes as <del cite="mailto:Author" datetime=…> and <ins …>. Taken as
 * accepted, as a .docx import takes them: the deletion goes (it would otherwise come in as
 * struck-through text and be exported so), the insertion stays as plain text. A <del> without
 * Word's author and date (a web page's) is still strikethrough.
 */
function wordTrackedChanges(body: DomElement): number {
  let changes = 0;
  for (const el of descendants(body)) {
    const tag = tagOf(el);
    if ((tag !== 'del' && tag !== 'ins') || !el.parentNode) continue;
    if (el.getAttribute('datetime') === null && !/^mailto:/i.test(el.getAttribute('cite') ?? '')) continue;
    changes++;
    if (tag === 'del') el.remove();
    else unwrap(el);
  }
  return changes;
}

/** The <br class="Apple-interchange-newline"> Chromium and Safari add after a copied selection. */
function appleInterchangeNewline(body: DomElement): void {
  for (const el of descendants(body))
    if (tagOf(el) === 'br' && /Apple-interchange-newline/.test(el.getAttribute('class') ?? '')) el.remove();
}

const BLOCK_TAGS = new Set(['p', 'div', 'ol', 'ul', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/**
 * Google Docs writes a blank line between two blocks (a list and a table) as a bare <br>; Lexical
 * would make it a paragraph holding a line break, two lines tall. It becomes the empty paragraph
 * the user saw.
 */
function breaksBetweenBlocks(doc: DomDocument): void {
  const sibling = (el: DomNode, next: boolean): DomNode | null => {
    let node = next ? el.nextSibling : el.previousSibling;
    while (node && !isElement(node) && !(node.textContent ?? '').trim())
      node = next ? node.nextSibling : node.previousSibling;
    return node;
  };
  const isBlock = (node: DomNode | null) => isElement(node) && BLOCK_TAGS.has(tagOf(node));
  for (const br of descendants(doc.body)) {
    const parent = br.parentElement;
    if (tagOf(br) !== 'br' || !parent || (parent !== doc.body && tagOf(parent) !== 'div')) continue;
    if (isBlock(sibling(br, false)) && isBlock(sibling(br, true))) br.replaceWith(doc.createElement('p'));
  }
}

/** Bold/italic/underline/strike given as inline CSS (web pages, Google Docs) become tags. */
function styleToTags(doc: DomDocument): void {
  for (const el of descendants(doc.body)) {
    const tag = tagOf(el);
    if (tag === 'strike' || tag === 'del') {
      const s = doc.createElement('s');
      for (const child of children(el)) s.appendChild(child);
      el.replaceWith(s);
      continue;
    }
    if (tag !== 'span' && tag !== 'font') continue;
    const weight = styleProperty(el, 'font-weight');
    const decoration = `${styleProperty(el, 'text-decoration') ?? ''} ${styleProperty(el, 'text-decoration-line') ?? ''}`;
    const wraps: string[] = [];
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wraps.push('strong');
    if (styleProperty(el, 'font-style') === 'italic') wraps.push('em');
    if (decoration.includes('underline')) wraps.push('u');
    if (decoration.includes('line-through')) wraps.push('s');
    for (const wrap of wraps) {
      const wrapper = doc.createElement(wrap);
      for (const child of children(el)) wrapper.appendChild(child);
      el.appendChild(wrapper);
    }
  }
}

function cleanTree(root: DomElement, report: SanitiseReport): void {
  for (const node of children(root)) {
    if (isComment(node) || node.nodeType === 7 /* processing instruction */) {
      node.remove();
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (PICTURES.has(tag)) report.pictures++;
    if (DROPPED.has(tag) || tag.startsWith('v:')) {
      node.remove();
      continue;
    }
    cleanTree(node, report);
    // Any other Office element (w:Sdt, w:sdtContent, st1:place, o:smarttagtype...) is a wrapper
    // around text the user wants: unwrapped, never deleted with its content.
    if (tag.includes(':') || (tag === 'a' && !SAFE_LINK.test((node.getAttribute('href') ?? '').trim()))) {
      unwrap(node);
      continue;
    }
    const kept = KEPT_ATTRIBUTES[tag] ?? [];
    for (const attr of Array.from(node.attributes).map((a) => a.name))
      if (!kept.includes(attr)) node.removeAttribute(attr);
  }
}
