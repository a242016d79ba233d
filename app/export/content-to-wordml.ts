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
import { FIELD_LABELS, resolveField, type FieldContext } from '../templates/fields';
import { BULLET_REF, NUMBER_REF, type ListInstances } from './numbering';
import { PAGE_TEXT_WIDTH } from '../domain/page-metrics';
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
  /** The numId of a list instance of a numbering definition, created on first use. */
  numId(reference: string, instance: number): number;
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
}

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
        if (value === undefined) {
          const label = FIELD_LABELS[node.field];
          ctx.warnings.push(`missing value: ${label}`);
          xml += textRun(`[missing: ${label}]`, MISSING_FIELD);
        } else xml += textRun(value);
        break;
      }
      case 'link':
      case 'autolink': {
        if (SAFE_LINK.test(node.url)) {
          let runs = '';
          for (const c of node.children)
            if (c.type === 'text') runs += textRun(c.text, formatProperties(c.format ?? 0, ctx, 'Hyperlink'));
          const { target, anchor } = linkTarget(node.url);
          xml += hyperlink(ctx.word.hyperlink(target), anchor, runs);
        } else {
          ctx.warnings.push(`link not exported (only http, https and mailto): ${node.url.slice(0, 80)}`);
          xml += inlines(node.children, ctx);
        }
        break;
      }
      default:
        throw new AppFailure('invalid_input', `A ${node.type} cannot stand inside a line of text.`);
    }
  }
  return xml;
}

function list(node: SerializedList, level: number, ctx: ConvertContext, instance = ctx.lists.take()): string {
  let xml = '';
  for (const item of node.children) {
    if (item.type !== 'listitem') throw new AppFailure('invalid_input', `A list holds list items, not ${item.type}.`);
    const nested = item.children.filter((c): c is SerializedList => c.type === 'list');
    const inline = item.children.filter((c) => c.type !== 'list');
    if (inline.length) {
      if (node.listType === 'check')
        xml += paragraph(indented(720 * (level + 1), 360), textRun(item.checked ? '☒ ' : '☐ ') + inlines(inline, ctx));
      else {
        const reference = node.listType === 'number' ? NUMBER_REF : BULLET_REF;
        xml += paragraph(numbered(level, ctx.word.numId(reference, instance)), inlines(inline, ctx));
      }
    }
    // A nested list continues its parent's numbering instance at the next level.
    for (const sub of nested)
      xml += list(sub, Math.min(level + 1, 8), ctx, node.listType === sub.listType ? instance : undefined);
  }
  return xml;
}

const border = (side: string, colour: string) => `<w:${side} w:val="single" w:color="${colour}" w:sz="4"/>`;
const borders = (colour: string, sides: string[]) => sides.map((side) => border(side, colour)).join('');
const TABLE_PROPERTIES = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${borders('auto', ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])}</w:tblBorders></w:tblPr>`;
const CELL_BORDERS = `<w:tcBorders>${borders('808080', ['top', 'left', 'bottom', 'right'])}</w:tcBorders>`;

const span = (cell: SerializedTableCell) => (cell.colSpan && cell.colSpan > 1 ? cell.colSpan : 1);
const rowSpan = (cell: SerializedTableCell) => (cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : 1);

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
        xml += paragraph('', inlines(node.children, ctx));
        break;
      case 'heading': {
        const level = Math.min(3, Number(node.tag.slice(1)) + (ctx.headingShift ?? 0));
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
      case 'link':
      case 'autolink':
        xml += paragraph('', inlines([node], ctx));
        break;
      default:
        throw new AppFailure('invalid_input', `Cannot export a node of type "${node.type}".`);
    }
  }
  return xml;
}

/** A note's content as the WordprocessingML of a document body. */
export function contentXml(content: NoteContent, ctx: ConvertContext): string {
  return blocks(content.root.children, ctx);
}
