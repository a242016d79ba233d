import { TEXT_FORMAT, type NoteContent, type SerializedField, type SerializedNode } from './content';
import { PAGE_TEXT_HEIGHT, PAGE_TEXT_WIDTH, SPACING } from './page-metrics';

/**
 * How long a note will be in Word, estimated from the exporter's own page and style metrics
 * (A4, 1-inch margins, resources/word-style.json sizes, the paragraph spacing of document.ts),
 * without rendering: greedy line breaking with Arial's character widths, then lines onto pages.
 */

/** The sizes the estimate needs (a WordStyle has them all). */
export interface LengthStyle {
  bodySize: number;
  headingSizes: readonly number[];
  titleSize: number;
}

export interface LengthOptions {
  /** The text a field shows (its value, or the missing marker); defaults to its label's length. */
  fieldText?: (field: SerializedField) => string;
  /** The single-note title block above the text: the title and its "Visit: …" label lines. */
  titleBlock?: { title: string; labels: readonly string[] };
}

export interface LengthEstimate {
  words: number;
  /** Exported pages, fractional: 1.5 is half-way down the second page. */
  pages: number;
}

const TWIP = 1 / 20; // points
const TEXT_HEIGHT = PAGE_TEXT_HEIGHT * TWIP;
const TEXT_WIDTH = PAGE_TEXT_WIDTH * TWIP;
const AFTER = SPACING.after * TWIP;
const HEADING_BEFORE = SPACING.headingBefore * TWIP;
const LIST_INDENT = SPACING.indent * TWIP;
const CELL_PADDING = 2 * 108 * TWIP; // Word's default left and right cell margins
/** Arial / Liberation Sans: ascent + descent + line gap, in em (single spacing; LibreOffice measured 12.65 pt at 11 pt). */
const LINE_HEIGHT = 1.15;

// Helvetica (= Arial) advance widths in 1/1000 em, ASCII 32..126.
// prettier-ignore
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD_FACTOR = 1.08;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return WIDTHS[code - 32]!;
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return WIDTHS[base - 32]!;
  return code === 0x2013 ? 556 : code === 0x2014 ? 1000 : 600;
}

/** A run of text with one look. */
interface Run {
  text: string;
  bold: boolean;
}

/** Lines the runs take at `size` points in `width` points: greedy, breaking at spaces as Word does. */
export function lineCount(runs: readonly Run[], size: number, width: number): number {
  let lines = 1;
  let line = 0; // width of the current line, in 1/1000 em
  let word = 0; // width of the word being read
  const max = (width / size) * 1000;
  const flushWord = () => {
    if (line + word > max && line > 0) {
      lines++;
      line = 0;
    }
    // A word longer than a line breaks anywhere.
    while (word > max) {
      word -= max;
      lines++;
    }
    line += word;
    word = 0;
  };
  for (const run of runs) {
    const factor = run.bold ? BOLD_FACTOR : 1;
    for (const ch of run.text) {
      if (ch === '\n') {
        flushWord();
        lines++;
        line = 0;
      } else if (ch === ' ') {
        flushWord();
        line += charWidth(' ') * factor;
      } else word += charWidth(ch) * factor;
    }
  }
  flushWord();
  return lines;
}

/** A block laid out: its lines' height, the space before and after, and whether it keeps with the next. */
interface Box {
  lines: number;
  lineHeight: number;
  before: number;
  after: number;
  keepNext?: boolean;
}

function fieldLength(field: SerializedField): string {
  return 'x'.repeat(24 + field.field.length);
}

function runsOf(nodes: readonly SerializedNode[], options: LengthOptions, bold = false): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (node.type === 'text') runs.push({ text: node.text, bold: bold || (node.format & TEXT_FORMAT.bold) !== 0 });
    else if (node.type === 'linebreak') runs.push({ text: '\n', bold });
    else if (node.type === 'tab') runs.push({ text: '    ', bold });
    else if (node.type === 'field') runs.push({ text: (options.fieldText ?? fieldLength)(node), bold });
    else if ('children' in node) runs.push(...runsOf(node.children, options, bold));
  }
  return runs;
}

/** The boxes of a list of blocks set in `width` points. */
function boxes(nodes: readonly SerializedNode[], style: LengthStyle, width: number, options: LengthOptions): Box[] {
  const body = style.bodySize;
  const out: Box[] = [];
  const paragraph = (runs: Run[], size = body, w = width, extra: Partial<Box> = {}) =>
    out.push({ lines: lineCount(runs, size, w), lineHeight: size * LINE_HEIGHT, before: 0, after: AFTER, ...extra });
  const list = (node: SerializedNode, level: number) => {
    if (!('children' in node)) return;
    for (const item of node.children) {
      if (!('children' in item)) continue;
      const inline = item.children.filter((c) => c.type !== 'list');
      if (inline.length) paragraph(runsOf(inline, options), body, width - LIST_INDENT * (level + 1));
      for (const sub of item.children) if (sub.type === 'list') list(sub, Math.min(level + 1, 8));
    }
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(3, Number(node.tag.slice(1)));
        paragraph(runsOf(node.children, options, true), style.headingSizes[level - 1] ?? body, width, {
          before: HEADING_BEFORE,
          keepNext: true,
        });
        break;
      }
      case 'quote':
        paragraph(runsOf(node.children, options), body, width - 2 * LIST_INDENT);
        break;
      case 'list':
        list(node, 0);
        break;
      case 'table': {
        const rows = node.children.filter((r) => r.type === 'tablerow');
        const columns = Math.max(
          1,
          ...rows.map((r) =>
            ('children' in r ? r.children : []).reduce((n, c) => n + ((c as { colSpan?: number }).colSpan ?? 1), 0),
          ),
        );
        for (const row of rows) {
          if (!('children' in row)) continue;
          // A row is as tall as its tallest cell; it is kept on one page.
          let height = 0;
          for (const cell of row.children) {
            if (!('children' in cell)) continue;
            const span = (cell as { colSpan?: number }).colSpan ?? 1;
            const inner = boxes(cell.children, style, (width / columns) * span - CELL_PADDING, options);
            const h = inner.reduce((sum, b) => sum + b.before + b.lines * b.lineHeight + b.after, 0);
            height = Math.max(height, h || body * LINE_HEIGHT + AFTER);
          }
          out.push({ lines: 1, lineHeight: height, before: 0, after: 0 });
        }
        paragraph([]); // the exporter's empty paragraph after a table
        break;
      }
      default:
        paragraph(runsOf([node], options));
    }
  }
  return out;
}

/**
 * Puts the boxes on pages: a line that does not fit starts a page; a heading moves with its next
 * line. Between two paragraphs the larger of the space after and the space before counts, as
 * LibreOffice and Word lay out documents from docx.
 */
function paginate(list: readonly Box[]): number {
  let pages = 0;
  let y = 0;
  let after = 0; // the space after the previous paragraph, not yet added
  list.forEach((box, i) => {
    const gap = y === 0 ? 0 : Math.max(after, box.before);
    let needed = gap + box.lineHeight;
    const next = list[i + 1];
    if (box.keepNext && next)
      needed += (box.lines - 1) * box.lineHeight + Math.max(box.after, next.before) + next.lineHeight;
    if (y > 0 && y + needed > TEXT_HEIGHT) {
      pages++;
      y = 0;
    } else y += gap;
    for (let l = 0; l < box.lines; l++) {
      if (y > 0 && y + box.lineHeight > TEXT_HEIGHT) {
        pages++;
        y = 0;
      }
      y += box.lineHeight;
    }
    after = box.after;
  });
  return pages + y / TEXT_HEIGHT;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function countWords(runs: readonly Run[]): number {
  let n = 0;
  for (const r of runs) n += r.text.match(WORD)?.length ?? 0;
  return n;
}

/** Words and exported pages of a note. */
export function estimateLength(content: NoteContent, style: LengthStyle, options: LengthOptions = {}): LengthEstimate {
  const blocks = boxes(content.root.children, style, TEXT_WIDTH, options);
  const preamble: Box[] = [];
  if (options.titleBlock) {
    const { title, labels } = options.titleBlock;
    preamble.push({
      lines: lineCount([{ text: title, bold: true }], style.titleSize, TEXT_WIDTH),
      lineHeight: style.titleSize * LINE_HEIGHT,
      before: 0,
      after: AFTER,
    });
    for (const label of labels)
      preamble.push({
        lines: lineCount([{ text: label, bold: false }], style.bodySize, TEXT_WIDTH),
        lineHeight: style.bodySize * LINE_HEIGHT,
        before: 0,
        after: SPACING.labelAfter * TWIP,
      });
    preamble.push({
      lines: 1,
      lineHeight: style.bodySize * LINE_HEIGHT,
      before: 0,
      after: SPACING.titleBlockAfter * TWIP,
    });
  }
  return {
    words: countWords(runsOf(content.root.children, options)),
    pages: paginate([...preamble, ...blocks]),
  };
}
