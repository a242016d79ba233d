/**
 * The note content converter as it was built on docx's own components (Paragraph, TextRun,
 * ExternalHyperlink, Table), kept for the tests only: content-to-wordml.ts writes the same XML
 * directly, and the tests check that it is byte for byte what docx writes from these.
 */
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { AppFailure } from '../../api/result';
import {
  TEXT_FORMAT,
  type NoteContent,
  type SerializedList,
  type SerializedNode,
  type SerializedTable,
} from '../../domain/content';
import { FIELD_LABELS, resolveField, type FieldContext } from '../../templates/fields';
import { cleanText } from '../clean-text';
import { BULLET_REF, NUMBER_REF, type ListInstances } from '../numbering';
import type { WordStyle } from '../style';

export type Block = Paragraph | Table;

export interface ConvertContext {
  fields: FieldContext;
  style: WordStyle;
  lists: ListInstances;
  /** Missing field values and dropped links, for the user. */
  warnings: string[];
  /** In a pack, a note's title is Heading 1, so its own headings move one level down. */
  headingShift?: number;
  /** Keep placeholders and missing-field markers (left out by default). */
  keepPlaceholders?: boolean;
}

const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
} as const;

const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

function textRun(text: string, format: number, ctx: ConvertContext, extra: { style?: string } = {}): TextRun {
  // Only what is set: an explicit "false" would override a style (bold labels, headings).
  const on = (flag: number) => ((format & flag) !== 0 ? true : undefined);
  return new TextRun({
    text: cleanText(text),
    bold: on(TEXT_FORMAT.bold),
    italics: on(TEXT_FORMAT.italic),
    strike: on(TEXT_FORMAT.strikethrough),
    underline: on(TEXT_FORMAT.underline) ? {} : undefined,
    subScript: on(TEXT_FORMAT.subscript),
    superScript: on(TEXT_FORMAT.superscript),
    highlight: (format & TEXT_FORMAT.highlight) !== 0 ? 'yellow' : undefined,
    font: (format & TEXT_FORMAT.code) !== 0 ? ctx.style.monoFont : undefined,
    ...extra,
  });
}

/** The runs of one block: text, breaks, tabs, links and field values. */
function inlines(nodes: readonly SerializedNode[], ctx: ConvertContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(textRun(node.text, node.format ?? 0, ctx));
        break;
      case 'linebreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'tab':
        out.push(new TextRun({ children: ['\t'] }));
        break;
      case 'field': {
        const value = resolveField(node.field, ctx.fields, node.personId);
        if (value === undefined) {
          const label = FIELD_LABELS[node.field];
          if (ctx.keepPlaceholders)
            out.push(new TextRun({ text: `[missing: ${label}]`, highlight: 'yellow', bold: true }));
        } else out.push(new TextRun({ text: cleanText(value) }));
        break;
      }
      case 'placeholder':
        if (ctx.keepPlaceholders)
          out.push(new TextRun({ text: cleanText(`[${node.text}]`), highlight: 'yellow', italics: true }));
        break;
      case 'link':
      case 'autolink': {
        const children = node.children.flatMap((c) =>
          c.type === 'text' ? [textRun(c.text, c.format ?? 0, ctx, { style: 'Hyperlink' })] : [],
        );
        if (SAFE_LINK.test(node.url)) out.push(new ExternalHyperlink({ link: node.url, children }));
        else {
          ctx.warnings.push(`link not exported (only http, https and mailto): ${node.url.slice(0, 80)}`);
          out.push(...inlines(node.children, ctx));
        }
        break;
      }
      default:
        throw new AppFailure('invalid_input', `A ${node.type} cannot stand inside a line of text.`);
    }
  }
  return out;
}

function list(node: SerializedList, level: number, ctx: ConvertContext, instance = ctx.lists.take()): Block[] {
  const out: Block[] = [];
  for (const item of node.children) {
    if (item.type !== 'listitem') throw new AppFailure('invalid_input', `A list holds list items, not ${item.type}.`);
    const nested = item.children.filter((c): c is SerializedList => c.type === 'list');
    const inline = item.children.filter((c) => c.type !== 'list');
    if (inline.length) {
      const check = node.listType === 'check';
      out.push(
        new Paragraph({
          children: [...(check ? [new TextRun({ text: item.checked ? '☒ ' : '☐ ' })] : []), ...inlines(inline, ctx)],
          ...(check
            ? { indent: { left: 720 * (level + 1), hanging: 360 } }
            : { numbering: { reference: node.listType === 'number' ? NUMBER_REF : BULLET_REF, level, instance } }),
        }),
      );
    }
    // A nested list continues its parent's numbering instance at the next level.
    for (const sub of nested)
      out.push(...list(sub, Math.min(level + 1, 8), ctx, node.listType === sub.listType ? instance : undefined));
  }
  return out;
}

function table(node: SerializedTable, ctx: ConvertContext): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const rows = node.children.map((row, r) => {
    if (row.type !== 'tablerow') throw new AppFailure('invalid_input', `A table holds rows, not ${row.type}.`);
    return new TableRow({
      // Repeated on every page; only the first row can be a header row in Word.
      tableHeader:
        r === 0 && row.children.some((c) => c.type === 'tablecell' && (c.headerState ?? 0) & 1) ? true : undefined,
      children: row.children.map((cell) => {
        if (cell.type !== 'tablecell')
          throw new AppFailure('invalid_input', `A table row holds cells, not ${cell.type}.`);
        const header = ((cell.headerState ?? 0) & 1) !== 0 && r === 0;
        const children = blocks(cell.children, ctx);
        return new TableCell({
          columnSpan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
          shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: ctx.style.tableHeaderFill } : undefined,
          borders: { top: border, bottom: border, left: border, right: border },
          children: children.length ? children : [new Paragraph({})],
        });
      }),
    });
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** Lexical block nodes -> Word paragraphs and tables. */
export function blocks(nodes: readonly SerializedNode[], ctx: ConvertContext): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push(new Paragraph({ children: inlines(node.children, ctx) }));
        break;
      case 'heading': {
        const level = Math.min(6, Number(node.tag.slice(1)) + (ctx.headingShift ?? 0));
        out.push(new Paragraph({ heading: HEADINGS[`h${level}` as 'h1'], children: inlines(node.children, ctx) }));
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: 'Quote', children: inlines(node.children, ctx) }));
        break;
      case 'list':
        out.push(...list(node, 0, ctx));
        break;
      case 'table':
        out.push(table(node, ctx), new Paragraph({}));
        break;
      case 'text':
      case 'linebreak':
      case 'tab':
      case 'field':
      case 'placeholder':
      case 'link':
      case 'autolink':
        out.push(new Paragraph({ children: inlines([node], ctx) }));
        break;
      default:
        throw new AppFailure('invalid_input', `Cannot export a node of type "${node.type}".`);
    }
  }
  return out;
}

export function contentBlocks(content: NoteContent, ctx: ConvertContext): Block[] {
  return blocks(content.root.children, ctx);
}
