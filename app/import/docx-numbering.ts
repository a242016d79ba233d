import {
  children,
  descendants,
  isElement,
  tagOf,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { typeAttributeOf, type ListStyle } from './list-style';

/**
 * mammoth keeps whether a Word list is numbered, not how (letters, roman numerals), nor where its
 * numbering stands after an interruption, and drops a heading's number. So before mammoth reads a
 * .docx, every numbered paragraph gets a marker at its start (the number Word shows and its
 * format), and after it, the markers become `<ol start type>` and heading numbers as text.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`);
const MARKERS = new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g');

interface Level {
  format: string;
  start: number;
  text: string;
}

const STYLE_OF_FORMAT: Record<string, ListStyle> = {
  decimal: 'decimal',
  lowerLetter: 'lower-alpha',
  upperLetter: 'upper-alpha',
  lowerRoman: 'lower-roman',
  upperRoman: 'upper-roman',
};

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

/** numId -> level -> its format, start and text, with each instance's start overrides applied. */
function readNumbering(numberingXml: string): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[0].slice(0, m[0].indexOf('>')), 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of m[1]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, 'w:ilvl') ?? 0);
      const body = l[2]!;
      levels.set(ilvl, {
        format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
        start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
        text: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '',
      });
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1]!, 'w:numId');
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2]!)?.[0] ?? '', 'w:val');
    const base = abstractId !== undefined ? abstracts.get(abstractId) : undefined;
    if (numId === undefined || !base) continue;
    const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2]!)?.[0] ?? '', 'w:val');
      const level = levels.get(Number(attr(o[1]!, 'w:ilvl') ?? 0));
      if (start !== undefined && level) level.start = Number(start);
    }
    nums.set(numId, levels);
  }
  return nums;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const table: [number, string][] = [
        [1000, 'm'],
        [900, 'cm'],
        [500, 'd'],
        [400, 'cd'],
        [100, 'c'],
        [90, 'xc'],
        [50, 'l'],
        [40, 'xl'],
        [10, 'x'],
        [9, 'ix'],
        [5, 'v'],
        [4, 'iv'],
        [1, 'i'],
      ];
      let n = value;
      let out = '';
      for (const [v, s] of table)
        while (n >= v) {
          out += s;
          n -= v;
        }
      return format === 'upperRoman' ? out.toUpperCase() : out;
    }
    default:
      return String(value);
  }
}

/**
 * document.xml with a marker run at the start of each numbered paragraph:
 * `\uE000style:value:label\uE001`, e.g. "lower-alpha:3:c)" or "decimal:2:2.1".
 */
export function markNumberedParagraphs(documentXml: string, numberingXml: string): string {
  const nums = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  return documentXml.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?<\/w:pPr>/g, (paragraphStart) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraphStart)?.[1];
    if (!numPr) return paragraphStart;
    const numId = attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val');
    const ilvl = Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? 0);
    const levels = numId !== undefined ? nums.get(numId) : undefined;
    const level = levels?.get(ilvl);
    if (!numId || !levels || !level || level.format === 'bullet' || level.format === 'none') return paragraphStart;
    const count = counters.get(numId) ?? [];
    count.length = Math.max(count.length, ilvl + 1);
    count[ilvl] = (count[ilvl] ?? 0) + 1;
    count.fill(0, ilvl + 1); // a deeper level restarts under each new item
    counters.set(numId, count);
    const valueAt = (l: number) => (levels.get(l)?.start ?? 1) + Math.max(0, (count[l] ?? 1) - 1);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(valueAt(l), levels.get(l)?.format ?? 'decimal');
    });
    const style = STYLE_OF_FORMAT[level.format] ?? 'decimal';
    const marker = `${OPEN}${style}:${valueAt(ilvl)}:${escapeXml(label)}${CLOSE}`;
    return `${paragraphStart}<w:r><w:t xml:space="preserve">${marker}</w:t></w:r>`;
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function firstText(el: DomNode): DomNode | null {
  for (const child of children(el)) {
    if (child.nodeType === TEXT_NODE) return child;
    if (isElement(child) && tagOf(child) !== 'ol' && tagOf(child) !== 'ul') {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return null;
}

/** Reads and removes the markers mammoth carried through: list starts and styles, heading numbers. */
export function applyNumberMarkers(doc: DomDocument): void {
  for (const el of descendants(doc.body)) {
    const tag = tagOf(el);
    if (tag === 'ol') {
      const first = children(el).find((c): c is DomElement => isElement(c) && tagOf(c) === 'li');
      const text = first && firstText(first);
      const m = text && MARKER.exec(text.textContent ?? '');
      if (m) {
        const [style, value] = m[1]!.split(':') as [ListStyle, string];
        if (Number(value) > 1) el.setAttribute('start', value);
        if (style !== 'decimal') el.setAttribute('type', typeAttributeOf(style));
      }
    } else if (/^h[1-6]$/.test(tag)) {
      const text = firstText(el);
      const m = text && MARKER.exec(text.textContent ?? '');
      if (text && m)
        text.textContent = (text.textContent ?? '').replace(MARKER, `${m[1]!.split(':').slice(2).join(':')} `);
    }
  }
  strip(doc.body);
}

function strip(node: DomNode): void {
  for (const child of children(node)) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? '';
      if (text.includes(OPEN)) child.textContent = text.replace(MARKERS, '');
    } else strip(child);
  }
}
