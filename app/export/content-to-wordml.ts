import { AppFailure } from '../api/result';
import {
  TEXT_FORMAT,
  type NoteContent,
  type SerializedList,
  type SerializedNode,
  type SerializedTable,
  type SerializedTableCell,
  type SerializedTableRow,
} from '../domain/content';
import { MAX_SPAN } from '../domain/content/normalise';
import { FIELD_LABELS, resolveField, type FieldContext } from '../templates/fields';
import { isListStyle } from '../domain/content/list-style';
import { PAGE_TEXT_WIDTH } from '../domain/page-metrics';
import { cleanText } from './clean-text';
import { BULLET_REF, numberRef, PARAGRAPH_REF, type ListInstances } from './numbering';
import type { WordStyle } from './style';
import {
  LINE_BREAK,
  escapeXml,
  hyperlink,
  indented,
  linkTarget,
  numbered,
  paragraph,
  paragraphStyle,
  runProperties,
  textRun,
} from './wordml';

/** What the content needs from the document it goes into: list numbering and link relationships. */
export interface WordTarget {
  /**
   * The numId of a list instance of a numbering definition, created on first use; `start` makes
   * the instance count from that number at that level (a list that continued in the original).
   */
  numId(reference: string, instance: number, start?: { level: number; value: number }): number;
  /** The id (without "rId") of a new external hyperlink relationship to `target`. */
  hyperlink(target: string): string;
}

export interface ConvertContext {
  fields: FieldContext;
  style: WordStyle;
  lists: ListInstances;
  word: WordTarget;
  /** Missing field values and dropped links, for the user. */
  warnings: string[];
  /** In a pack, a note's title is Heading 1, so its own headings move one level down. */
  headingShift?: number;
  /**
   * Keep what is unfinished in the document: placeholders as "[prompt]" and missing fields as a
   * yellow "[missing: …]". By default both are left out (the export warns about them by note).
   */
  keepPlaceholders?: boolean;
  /** Which note this is, for warnings ("Brief 2 “…”"); absent for a note exported alone. */
  where?: string;
  /** FCO-style numbered paragraphs (1, 1.1): the numbering instance of this note's paragraphs. */
  paragraphNumbers?: number;
}

/** A warning for the user, naming the note when the content is part of a pack. */
function warn(ctx: ConvertContext, message: string): void {
  ctx.warnings.push(ctx.where ? `${ctx.where}: ${message}` : message);
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'table', 'tablerow', 'tablecell']);
const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

export { PAGE_TEXT_WIDTH } from '../domain/page-metrics';

const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** The run properties of each format bitmask, with and without the Hyperlink style: computed once. */
const formatCache = new Map<string, string>();
function formatProperties(format: number, ctx: ConvertContext, style?: string): string {
  const key = `${format}|${style ?? ''}|${ctx.style.monoFont}`;
  let xml = formatCache.get(key);
  if (xml === undefined) {
    const on = (flag: number) => (format & flag) !== 0;
    xml = runProperties({
      style,
      font: on(TEXT_FORMAT.code) ? ctx.style.monoFont : undefined,
      bold: on(TEXT_FORMAT.bold),
      italics: on(TEXT_FORMAT.italic),
      strike: on(TEXT_FORMAT.strikethrough),
      highlight: on(TEXT_FORMAT.highlight) ? 'yellow' : undefined,
      underline: on(TEXT_FORMAT.underline),
      subScript: on(TEXT_FORMAT.subscript),
      superScript: on(TEXT_FORMAT.superscript),
    });
    formatCache.set(key, xml);
  }
  return xml;
}

const MISSING_FIELD = runProperties({ bold: true, highlight: 'yellow' });
const PLACEHOLDER = runProperties({ italics: true, highlight: 'yellow' });

/** The runs of one block: text, breaks, tabs, links and field values. */
function inlines(nodes: readonly SerializedNode[], ctx: ConvertContext): string {
  let xml = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        xml += textRun(node.text, formatProperties(node.format ?? 0, ctx));
        break;
      case 'linebreak':
        xml += LINE_BREAK;
        break;
      case 'tab':
        xml += textRun('\t');
        break;
      case 'field': {
        const value = resolveField(node.field, ctx.fields, node.personId);
        if (value !== undefined) xml += textRun(value);
        else if (ctx.keepPlaceholders) xml += textRun(`[missing: ${FIELD_LABELS[node.field]}]`, MISSING_FIELD);
        break;
      }
      case 'placeholder':
        if (ctx.keepPlaceholders) xml += textRun(`[${node.text}]`, PLACEHOLDER);
        break;
      case 'link':
      case 'autolink': {
        if (SAFE_LINK.test(node.url)) {
          // Every run of the link (text, line breaks, tabs) goes inside it, in order: a link over a
          // line break once lost its break ("Long linkWITH spaces").
          let runs = '';
          for (const c of node.children) {
            if (c.type === 'text') runs += textRun(c.text, formatProperties(c.format ?? 0, ctx, 'Hyperlink'));
            else if (c.type === 'linebreak') runs += LINE_BREAK;
            else if (c.type === 'tab') runs += textRun('\t');
          }
          // Cleaned of what XML cannot carry: the target goes into document.xml.rels (finding 3).
          const { target, anchor } = linkTarget(cleanText(node.url));
          xml += hyperlink(ctx.word.hyperlink(target), anchor, runs);
        } else {
          ctx.warnings.push(`link not exported (only http, https and mailto): ${node.url.slice(0, 80)}`);
          xml += inlines(node.children, ctx);
        }
        break;
      }
      default: {
        // What the store should never hold (the shape rule is the content validator's); written
        // as its text rather than failing the export.
        const children = (node as { children?: unknown }).children;
        if (Array.isArray(children)) {
          warn(ctx, `${article(node.type)} inside a line of text was exported as plain text`);
          xml += inlines(children as SerializedNode[], ctx);
        } else warn(ctx, `${article(String(node.type))} inside a line of text was left out`);
      }
    }
  }
  return xml;
}

/**
 * A block that held nothing but placeholders is left out with them (unless they are kept): an
 * empty numbered item or paragraph would read as a gap in the brief.
 */
function onlyPlaceholders(nodes: readonly SerializedNode[], ctx: ConvertContext): boolean {
  return !ctx.keepPlaceholders && nodes.length > 0 && nodes.every((n) => n.type === 'placeholder');
}

/**
 * A list item's own line: its inline content, with any paragraph, heading or quote inside it
 * (pasting into a nested bullet produces them) flattened into the line, separated by line breaks.
 * Tables and other blocks cannot stand in a line: they follow the item, at full width.
 */
function itemLine(children: readonly SerializedNode[], ctx: ConvertContext): { runs: string; after: SerializedNode[] } {
  let runs = '';
  const after: SerializedNode[] = [];
  let flattened = false;
  for (const child of children) {
    if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'quote') {
      if (runs) runs += LINE_BREAK;
      runs += inlines(child.children, ctx);
      flattened = true;
    } else if (BLOCK_TYPES.has(child.type)) {
      warn(ctx, `${article(child.type)} inside a list item was placed after the item`);
      after.push(child);
    } else runs += inlines([child], ctx);
  }
  if (flattened) warn(ctx, 'a paragraph inside a list item was flattened into the item');
  return { runs, after };
}

/** A numbered list's style (lettered, roman), kept by the editor as node state `$.listStyle`. */
function listStyleOf(node: SerializedList) {
  const style = (node as { $?: { listStyle?: unknown } }).$?.listStyle;
  return isListStyle(style) ? style : undefined;
}

function list(
  node: SerializedList,
  level: number,
  ctx: ConvertContext,
  instance?: number,
  paragraphLevel?: number,
): string {
  const fresh = instance === undefined;
  const own = instance ?? ctx.lists.take();
  const reference = node.listType === 'number' ? numberRef(listStyleOf(node)) : BULLET_REF;
  // A list that started past 1 (it continued an earlier one in the original) counts from there.
  const start =
    fresh && node.listType === 'number' && node.start && node.start > 1 ? { level, value: node.start } : undefined;
  let xml = '';
  for (const item of node.children) {
    if (item.type !== 'listitem') {
      warn(ctx, `${article(item.type)} directly inside a list was exported after it`);
      xml += blocks([item], ctx);
      continue;
    }
    const nested = item.children.filter((c): c is SerializedList => c.type === 'list');
    const inline = item.children.filter((c) => c.type !== 'list');
    if (inline.length && !onlyPlaceholders(inline, ctx)) {
      const { runs, after } = itemLine(inline, ctx);
      if (node.listType === 'check')
        xml += paragraph(indented(720 * (level + 1), 360), textRun(item.checked ? '☒ ' : '☐ ') + runs);
      else if (paragraphLevel !== undefined && ctx.paragraphNumbers !== undefined)
        // Numbered paragraphs: a top-level point is numbered under its paragraph (1.1, 1.2).
        xml += paragraph(numbered(paragraphLevel, ctx.word.numId(PARAGRAPH_REF, ctx.paragraphNumbers)), runs);
      else xml += paragraph(numbered(level, ctx.word.numId(reference, own, start)), runs);
      if (after.length) xml += blocks(after, ctx);
    }
    // A nested list continues its parent's numbering instance at the next level.
    for (const sub of nested)
      xml += list(
        sub,
        Math.min(level + 1, 8),
        ctx,
        node.listType === sub.listType && listStyleOf(sub) === listStyleOf(node) ? own : undefined,
      );
  }
  return xml;
}

const border = (side: string, colour: string) => `<w:${side} w:val="single" w:color="${colour}" w:sz="4"/>`;
const borders = (colour: string, sides: string[]) => sides.map((side) => border(side, colour)).join('');
const TABLE_PROPERTIES = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${borders('auto', ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])}</w:tblBorders></w:tblPr>`;
const CELL_BORDERS = `<w:tcBorders>${borders('808080', ['top', 'left', 'bottom', 'right'])}</w:tcBorders>`;

/**
 * A cell's column and row spans, whole numbers 1–63 (Word's limit). The store already keeps spans
 * in that range (app/domain/content); clamping here too means no content can make an export build
 * a grid of millions of columns (issue 15, finding 1).
 */
const clampSpan = (n: unknown) =>
  typeof n === 'number' && Number.isFinite(n) && n > 1 ? Math.min(MAX_SPAN, Math.floor(n)) : 1;
const span = (cell: SerializedTableCell) => clampSpan(cell.colSpan);
const rowSpan = (cell: SerializedTableCell) => clampSpan(cell.rowSpan);

/** One grid position of a row: a cell of the row, or the continuation of a cell merged down from above. */
type Slot =
  | { cell: SerializedTableCell; column: number; span: number; mergedDown: boolean }
  | { cell: null; column: number; span: number };

/**
 * Lexical leaves out the cells a row-spanning cell covers; Word wants a continuation cell
 * (`vMerge`) in each covered row. Places every cell on the grid, left to right.
 */
function gridSlots(rows: readonly SerializedTableRow[]): Slot[][] {
  // covered[column] = rows still covered below, and the width of the covering cell
  const covered: { rows: number; span: number }[] = [];
  return rows.map((row) => {
    const slots: Slot[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((covered[column]?.rows ?? 0) > 0) {
        const c = covered[column]!;
        slots.push({ cell: null, column, span: c.span });
        c.rows -= 1;
        column += c.span;
      }
    };
    for (const node of row.children) {
      const cell = node as SerializedTableCell;
      skipCovered();
      const width = span(cell);
      const down = rowSpan(cell);
      slots.push({ cell, column, span: width, mergedDown: down > 1 });
      if (down > 1) covered[column] = { rows: down - 1, span: width };
      column += width;
    }
    skipCovered(); // a cell merged down in the row's last columns
    return slots;
  });
}

/** A full-width table, its columns sharing `width` equally, with a header row repeated on every page. */
function table(node: SerializedTable, ctx: ConvertContext, width: number): string {
  for (const row of node.children) {
    if (row.type !== 'tablerow') throw new AppFailure('invalid_input', `A table holds rows, not ${row.type}.`);
    for (const cell of row.children)
      if (cell.type !== 'tablecell')
        throw new AppFailure('invalid_input', `A table row holds cells, not ${cell.type}.`);
  }
  const rows = node.children as SerializedTableRow[];
  const grid = gridSlots(rows);
  // Grid columns as docx works them out: the widest row's span count, equal shares of the width.
  const columns = Math.max(0, ...grid.map((slots) => slots.reduce((n, slot) => n + slot.span, 0)));
  const columnWidth = Math.round(width / columns);
  let xml = `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>`;
  for (let c = 0; c < columns; c++) xml += `<w:gridCol w:w="${columnWidth}"/>`;
  xml += '</w:tblGrid>';
  grid.forEach((slots, r) => {
    const cells = rows[r]!.children as SerializedTableCell[];
    // Repeated on every page; only the first row can be a header row in Word.
    const header = r === 0 && cells.some((c) => (c.headerState ?? 0) & 1);
    xml += header ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr>';
    for (const slot of slots) {
      const gridSpan = slot.span > 1 ? `<w:gridSpan w:val="${slot.span}"/>` : '';
      if (slot.cell === null) {
        xml += `<w:tc><w:tcPr>${gridSpan}<w:vMerge/>${CELL_BORDERS}</w:tcPr><w:p/></w:tc>`;
        continue;
      }
      const cell = slot.cell;
      const shaded = ((cell.headerState ?? 0) & 1) !== 0 && r === 0;
      const properties =
        gridSpan +
        (slot.mergedDown ? '<w:vMerge w:val="restart"/>' : '') +
        CELL_BORDERS +
        (shaded ? `<w:shd w:fill="${escapeXml(ctx.style.tableHeaderFill)}" w:color="auto" w:val="clear"/>` : '');
      // A nested table fills the columns its cell spans.
      const cellWidth = columnWidth * Math.min(slot.span, columns - slot.column);
      const content = blocks(cell.children, ctx, cellWidth);
      xml += `<w:tc><w:tcPr>${properties}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
    }
    xml += '</w:tr>';
  });
  return `${xml}</w:tbl>`;
}

/** Lexical block nodes -> WordprocessingML paragraphs and tables. */
export function blocks(nodes: readonly SerializedNode[], ctx: ConvertContext, width = PAGE_TEXT_WIDTH): string {
  let xml = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        if (!onlyPlaceholders(node.children, ctx)) xml += paragraph('', inlines(node.children, ctx));
        break;
      case 'heading': {
        // Every level stays distinct: in a pack, note H1 -> Heading 2, H2 -> 3, H3 -> 4.
        const level = Math.min(6, Number(node.tag.slice(1)) + (ctx.headingShift ?? 0));
        xml += paragraph(paragraphStyle(`Heading${level}`), inlines(node.children, ctx));
        break;
      }
      case 'quote':
        xml += paragraph(paragraphStyle('Quote'), inlines(node.children, ctx));
        break;
      case 'list':
        xml += list(node, 0, ctx);
        break;
      case 'table':
        xml += table(node, ctx, width) + paragraph('', '');
        break;
      case 'text':
      case 'linebreak':
      case 'tab':
      case 'field':
      case 'placeholder':
      case 'link':
      case 'autolink':
        xml += paragraph('', inlines([node], ctx));
        break;
      default: {
        const children = (node as { children?: unknown }).children;
        if (Array.isArray(children)) {
          warn(ctx, `${article(String(node.type))} out of place was exported as its contents`);
          xml += blocks(children as SerializedNode[], ctx, width);
        } else throw new AppFailure('invalid_input', `Cannot export a node of type "${node.type}".`);
      }
    }
  }
  return xml;
}

/**
 * The top level with numbered paragraphs: each body paragraph numbered 1, 2 …, the points of a
 * list right after a numbered paragraph numbered under it (1.1, 1.2); headings, quotes, tables
 * and other lists as usual.
 */
function numberedBlocks(nodes: readonly SerializedNode[], ctx: ConvertContext, numbers: number): string {
  let xml = '';
  let underParagraph = false;
  for (const node of nodes) {
    if (node.type === 'paragraph' && node.children.length > 0) {
      xml += paragraph(numbered(0, ctx.word.numId(PARAGRAPH_REF, numbers)), inlines(node.children, ctx));
      underParagraph = true;
    } else if (node.type === 'list' && node.listType !== 'check') {
      xml += list(node, 0, ctx, undefined, underParagraph ? 1 : 0);
    } else {
      xml += blocks([node], ctx);
      underParagraph = false;
    }
  }
  return xml;
}

/** A note's content as the WordprocessingML of a document body. */
export function contentXml(content: NoteContent, ctx: ConvertContext): string {
  return ctx.paragraphNumbers === undefined
    ? blocks(content.root.children, ctx)
    : numberedBlocks(content.root.children, ctx, ctx.paragraphNumbers);
}
