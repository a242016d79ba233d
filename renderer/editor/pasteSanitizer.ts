import { isAllowedLinkUrl } from './links';

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
  'xml',
  'o:p',
  'v:shape',
  'v:imagedata',
  'v:shapetype',
  'w:sdt',
]);

/** Attributes kept, per element; every other attribute (style, class, id, on*, ...) goes. */
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

/**
 * Cleans HTML from the clipboard (Word, web pages, Google Docs) before Lexical imports it:
 * Word's paragraph-lists become real nested lists, inline styles that mean bold/italic/underline/
 * strikethrough become tags, and styles, classes, scripts, images and unsafe links are dropped.
 * Headings, lists, tables and links survive because Lexical's own importers understand them.
 */
export function sanitizePastedHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  removeWordListMarkers(doc.body);
  convertWordLists(doc);
  unwrapGoogleDocsWrapper(doc);
  styleToTags(doc);
  cleanTree(doc.body);
  return doc;
}

/** Word writes "1." or "·" before each list paragraph between <![if !supportLists]> comments. */
function removeWordListMarkers(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Comment[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as Comment);
  for (const start of comments) {
    if (!/\[if !supportLists\]/.test(start.data)) continue;
    let node = start.nextSibling;
    const doomed: ChildNode[] = [];
    while (node && !(node.nodeType === Node.COMMENT_NODE && /\[endif\]/.test((node as Comment).data))) {
      doomed.push(node);
      node = node.nextSibling;
    }
    const marker = doomed
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    const paragraph = start.parentElement?.closest('p');
    if (paragraph && marker) paragraph.dataset.listMarker = marker;
    doomed.forEach((n) => n.remove());
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[style*="mso-list"]'))) {
    if (/mso-list:\s*ignore/i.test(el.getAttribute('style') ?? '')) {
      const paragraph = el.closest('p');
      if (paragraph && !paragraph.dataset.listMarker) paragraph.dataset.listMarker = (el.textContent ?? '').trim();
      el.remove();
    }
  }
}

function wordListLevel(p: Element): number | null {
  const style = p.getAttribute('style') ?? '';
  const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (m) return Number(m[1]);
  return /MsoListParagraph/.test(p.getAttribute('class') ?? '') ? 1 : null;
}

function isOrderedMarker(marker: string | undefined): boolean {
  return !!marker && /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(marker.trim());
}

/** Consecutive Word list paragraphs become <ul>/<ol> with <li>, nested by their mso-list level. */
function convertWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter((p) => wordListLevel(p) !== null);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: HTMLElement[] = [];
    let node: Element | null = first;
    while (node && node.tagName === 'P' && wordListLevel(node) !== null) {
      run.push(node as HTMLElement);
      done.add(node);
      node = node.nextElementSibling;
    }
    const stack: { level: number; list: HTMLElement }[] = [];
    let top: HTMLElement | null = null;
    for (const p of run) {
      const level = wordListLevel(p)!;
      const tag = isOrderedMarker(p.dataset.listMarker) ? 'ol' : 'ul';
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      if (!stack.length || stack[stack.length - 1]!.level < level) {
        const list = doc.createElement(tag);
        const parentItem = stack[stack.length - 1]?.list.lastElementChild;
        if (parentItem) parentItem.appendChild(list);
        else top = top ?? list;
        stack.push({ level, list });
      }
      const li = doc.createElement('li');
      while (p.firstChild) li.appendChild(p.firstChild);
      stack[stack.length - 1]!.list.appendChild(li);
    }
    if (top) first.before(top);
    run.forEach((p) => p.remove());
  }
}

/** Google Docs wraps a whole paste in <b style="font-weight:normal">; it is not bold. */
function unwrapGoogleDocsWrapper(doc: Document): void {
  for (const b of Array.from(doc.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(b);
}

/** Bold/italic/underline/strike given as inline CSS (web pages, Google Docs) become tags. */
function styleToTags(doc: Document): void {
  for (const el of Array.from(doc.body.querySelectorAll<HTMLElement>('span[style], font[style]'))) {
    const s = el.style;
    const wraps: string[] = [];
    if (s.fontWeight === 'bold' || Number(s.fontWeight) >= 600) wraps.push('strong');
    if (s.fontStyle === 'italic') wraps.push('em');
    if (s.textDecoration.includes('underline') || s.textDecorationLine.includes('underline')) wraps.push('u');
    if (s.textDecoration.includes('line-through') || s.textDecorationLine.includes('line-through')) wraps.push('s');
    for (const tag of wraps) {
      const wrapper = doc.createElement(tag);
      while (el.firstChild) wrapper.appendChild(el.firstChild);
      el.appendChild(wrapper);
    }
  }
}

function cleanTree(root: Element): void {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) {
      node.remove();
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (DROPPED.has(tag) || tag.includes(':')) {
      // Namespaced Office elements (o:p, v:shape, ...) carry layout, not content.
      el.remove();
      continue;
    }
    cleanTree(el);
    if (tag === 'a' && !isAllowedLinkUrl(el.getAttribute('href') ?? '')) {
      unwrap(el);
      continue;
    }
    const kept = KEPT_ATTRIBUTES[tag] ?? [];
    for (const attr of Array.from(el.attributes)) if (!kept.includes(attr.name)) el.removeAttribute(attr.name);
  }
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}
