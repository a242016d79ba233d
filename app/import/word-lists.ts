import {
  children,
  descendants,
  isComment,
  isElement,
  styleProperty,
  tagOf,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { typeAttributeOf, type ListStyle } from './list-style';

/**
 * Word (2007-365, Windows and Mac) puts lists on the clipboard as paragraphs, not <ol>/<ul>:
 *   <p class=MsoListParagraphCxSpFirst style='mso-list:l2 level1 lfo1'>
 *     <![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>Text</p>
 * `l2` names the list definition, `lfo1` the list instance, `level1` the depth; the number or bullet
 * Word showed is only in the marker. This turns those paragraphs back into nested lists.
 */

const MARKER = 'data-list-marker';
const BUILT = 'data-word-list';
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);
/** Conditional blocks whose content is only layout: a duplicate <br>, an &nbsp; for an empty paragraph. */
const JUNK_CONDITIONS = /\[if !(supportLineBreakNewLine|supportEmptyParas)\]/;

function blockOf(node: DomNode): DomElement | null {
  let el = node.parentNode;
  while (isElement(el) && !BLOCKS.has(tagOf(el))) el = el.parentNode;
  return isElement(el) ? el : null;
}

/**
 * Takes Word's list markers out of the text (remembering them on their paragraph) and removes the
 * content of layout-only conditional comments. Other conditional comments lose only the comments.
 */
export function takeWordMarkers(root: DomElement): void {
  const comments: DomNode[] = [];
  const walk = (node: DomNode) => {
    for (const child of children(node)) {
      if (isComment(child)) comments.push(child);
      else if (isElement(child)) walk(child);
    }
  };
  walk(root);
  for (const start of comments) {
    if (!isComment(start) || !start.parentNode) continue;
    const lists = /\[if !supportLists\]/.test(start.data);
    if (!lists && !JUNK_CONDITIONS.test(start.data)) continue;
    const doomed: DomNode[] = [];
    let node = start.nextSibling;
    while (node && !(isComment(node) && /\[endif\]/.test(node.data))) {
      doomed.push(node);
      node = node.nextSibling;
    }
    if (lists) {
      const marker = doomed.map((n) => n.textContent ?? '').join('');
      const block = blockOf(start);
      if (block && marker.trim()) block.setAttribute(MARKER, marker.trim());
    }
    doomed.forEach((n) => n.remove());
  }
  // Word on the web and some Mac versions write the marker span without the conditional comment.
  for (const el of descendants(root)) {
    if (!/^ignore$/i.test(styleProperty(el, 'mso-list') ?? '')) continue;
    const block = blockOf(el);
    if (block && !block.getAttribute(MARKER)) block.setAttribute(MARKER, (el.textContent ?? '').trim());
    el.remove();
  }
}

interface WordListPlace {
  /** Word's list: definition and instance ("l2 lfo1"); paragraphs of another list start a new one. */
  list: string;
  level: number;
}

export function wordListPlace(el: DomElement): WordListPlace | null {
  const m = /^l(\d+)\s+level(\d+)(?:\s+lfo(\d+))?/i.exec(styleProperty(el, 'mso-list') ?? '');
  if (!m) return null;
  return { list: `l${m[1]} lfo${m[3] ?? ''}`, level: Math.max(1, Math.min(9, Number(m[2]))) };
}

const ROMAN = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

function romanValue(s: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function alphaValue(s: string): number {
  // Word counts a, b, ... z, aa, bb, ...: the letter, repeated once per round.
  return (s.length - 1) * 26 + (s.charCodeAt(0) - 96);
}

export interface MarkerNumber {
  style: ListStyle;
  value: number;
}

/**
 * What a Word list marker says: "3." is decimal 3, "c)" lower-alpha 3, "(iv)" lower-roman 4, "1.2."
 * decimal 2 (the last number); a bullet ("·", "o", "§", "–") says nothing. A lone "i"
 * is read as roman here (a lone "v", "x", "c" as a letter); `reconcile` changes that when the list's next marker shows letters.
 */
export function readMarker(marker: string | null): MarkerNumber | null {
  // Numbers may stand alone ("2" before a heading); letters need their "." or ")" (a lone "o" is
  // Word's second-level bullet).
  const m = /^\(?(?:(?:\d+\.)*(\d+)[.)]?|(?:([a-z]{1,4})|([A-Z]{1,4}))[.)])$/.exec((marker ?? '').trim());
  if (!m) return null;
  if (m[1]) return { style: 'decimal', value: Number(m[1]) };
  const letters = (m[2] ?? m[3])!;
  const upper = !!m[3];
  const lower = letters.toLowerCase();
  if (ROMAN.test(lower) && (lower.length > 1 || lower === 'i'))
    return { style: upper ? 'upper-roman' : 'lower-roman', value: romanValue(lower) };
  if (/^([a-z])\1*$/.test(lower)) return { style: upper ? 'upper-alpha' : 'lower-alpha', value: alphaValue(lower) };
  return null;
}

function asAlpha(marker: string): MarkerNumber | null {
  const m = /^\(?([a-zA-Z])\1*[.)]?$/.exec(marker.trim());
  if (!m) return null;
  const lower = m[0].replace(/[().]/g, '').toLowerCase();
  return { style: m[1] === m[1]!.toUpperCase() ? 'upper-alpha' : 'lower-alpha', value: alphaValue(lower) };
}

interface OpenList {
  level: number;
  el: DomElement;
  first: string;
  number: MarkerNumber | null;
}

function applyNumber(list: OpenList): void {
  if (!list.number) return;
  if (list.number.value !== 1) list.el.setAttribute('start', String(list.number.value));
  else list.el.removeAttribute('start');
  if (list.number.style !== 'decimal') list.el.setAttribute('type', typeAttributeOf(list.number.style));
  else list.el.removeAttribute('type');
}

/** "i." then "j.": the list is lettered after all (a roman "i" was a guess). */
function reconcile(list: OpenList, marker: string | null): void {
  if (!list.number || !marker || !list.number.style.endsWith('roman')) return;
  if (readMarker(marker)?.style.endsWith('roman')) return;
  const alpha = asAlpha(list.first);
  if (alpha && asAlpha(marker)) {
    list.number = alpha;
    applyNumber(list);
  }
}

/** Whitespace and comments between two list paragraphs do not end the list. */
function nextElement(el: DomElement): DomElement | null {
  let node = el.nextSibling;
  while (node && !isElement(node)) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '') return null;
    node = node.nextSibling;
  }
  return isElement(node) ? node : null;
}

function previousElement(el: DomElement): DomElement | null {
  let node = el.previousSibling;
  while (node && !isElement(node)) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '') return null;
    node = node.previousSibling;
  }
  return isElement(node) ? node : null;
}

function isListParagraph(el: DomElement | null): el is DomElement {
  return !!el && tagOf(el) === 'p' && wordListPlace(el) !== null;
}

/**
 * Consecutive Word list paragraphs of one list become one <ol>/<ul>, nested by level, numbered
 * from the markers (so a list interrupted by a paragraph continues at the number Word showed),
 * lettered or roman where Word's were. A list paragraph without `mso-list` (Word's indented
 * continuation paragraph) stays a paragraph. A numbered heading keeps its number as text.
 */
export function convertWordLists(doc: DomDocument): void {
  for (const el of descendants(doc.body)) {
    const tag = tagOf(el);
    if (/^h[1-6]$/.test(tag) && wordListPlace(el)) {
      const marker = el.getAttribute(MARKER);
      if (marker) el.insertBefore(doc.createTextNode(`${marker} `), el.firstChild);
    }
  }
  const done = new Set<DomElement>();
  for (const first of descendants(doc.body)) {
    if (done.has(first) || !isListParagraph(first)) continue;
    const key = wordListPlace(first)!.list;
    const run: DomElement[] = [];
    for (
      let el: DomElement | null = first;
      isListParagraph(el) && wordListPlace(el)!.list === key;
      el = nextElement(el)
    ) {
      run.push(el);
      done.add(el);
    }
    const list = buildList(doc, run);
    const previous = previousElement(first);
    // The editor joins neighbouring lists of one kind; an empty paragraph keeps Word's two lists two.
    if (previous && tagOf(previous) === tagOf(list) && previous.getAttribute(BUILT) !== null)
      first.before(doc.createElement('p'));
    list.setAttribute(BUILT, '');
    first.before(list);
    run.forEach((p) => p.remove());
  }
}

function buildList(doc: DomDocument, run: DomElement[]): DomElement {
  const stack: OpenList[] = [];
  let top: DomElement | null = null;
  const open = (level: number, marker: string | null, into: DomElement | null, ordered: boolean): OpenList => {
    const number = readMarker(marker);
    const list: OpenList = { level, el: doc.createElement(ordered ? 'ol' : 'ul'), first: marker ?? '', number };
    applyNumber(list);
    if (into) {
      let item = lastItem(into);
      if (!item) into.appendChild((item = doc.createElement('li')));
      item.appendChild(list.el);
    } else top = list.el;
    stack.push(list);
    return list;
  };
  for (const p of run) {
    const { level } = wordListPlace(p)!;
    const marker = p.getAttribute(MARKER);
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < level) {
      // An item deeper than its list so far (e.g. the first after a continuation paragraph) keeps
      // its depth: the levels above it are opened as items without text of their own.
      const ordered = readMarker(marker) !== null;
      let base = current?.level ?? 0;
      while (base + 1 < level) {
        open(base + 1, null, current?.el ?? null, ordered);
        current = stack[stack.length - 1];
        base++;
      }
      current = open(level, marker, current?.el ?? null, ordered);
    } else if (!current.number && current.first === '') {
      // A list opened for a deeper item takes its number from its own first item.
      current.first = marker ?? '';
      current.number = readMarker(marker);
      applyNumber(current);
    } else reconcile(current, marker);
    const li = doc.createElement('li');
    current.el.appendChild(li);
    for (const child of children(p)) li.appendChild(child);
  }
  return top!;
}

function lastItem(list: DomElement): DomElement | null {
  const items = children(list).filter((c): c is DomElement => isElement(c) && tagOf(c) === 'li');
  return items[items.length - 1] ?? null;
}
