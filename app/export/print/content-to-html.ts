import {
  TEXT_FORMAT,
  type NoteContent,
  type SerializedList,
  type SerializedNode,
  type SerializedTable,
  type SerializedTableCell,
} from '../../domain/content';
import { FIELD_LABELS, resolveField, type FieldContext } from '../../templates/fields';
import { html } from './html';

export interface HtmlContext {
  fields: FieldContext;
  /** Missing field values and links that could not be kept, for the user (as the Word export says them). */
  warnings: string[];
  /** In a pack a brief's title is the h1, so a note's own headings move one level down. */
  headingShift: number;
  /** Keep placeholders as "[prompt]" and missing fields as "[missing: …]"; left out by default. */
  keepPlaceholders?: boolean;
}

/** A block that held nothing but placeholders is left out with them, as in the Word export. */
function onlyPlaceholders(nodes: readonly SerializedNode[], ctx: HtmlContext): boolean {
  return !ctx.keepPlaceholders && nodes.length > 0 && nodes.every((n) => n.type === 'placeholder');
}

const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** Lexical's text format bitmask as nested inline elements, outermost first. */
const FORMAT_TAGS: [number, string][] = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.code, 'code'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.highlight, 'mark'],
];

function formatted(text: string, format: number): string {
  let out = html(text);
  for (let i = FORMAT_TAGS.length - 1; i >= 0; i--) {
    const [flag, tag] = FORMAT_TAGS[i]!;
    if (format & flag) out = `<${tag}>${out}</${tag}>`;
  }
  return out;
}

/** The inline content of one block. Whatever cannot stand in a line is flattened to its text. */
function inlines(nodes: readonly SerializedNode[], ctx: HtmlContext): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += formatted(node.text, node.format ?? 0);
        break;
      case 'linebreak':
        out += '<br>';
        break;
      case 'tab':
        out += '<span class="tab">\t</span>';
        break;
      case 'field': {
        // A missing value is left out unless kept; the note's warning names what is missing.
        const value = resolveField(node.field, ctx.fields, node.personId);
        if (value !== undefined) out += html(value);
        else if (ctx.keepPlaceholders)
          out += `<mark class="missing">[missing: ${html(FIELD_LABELS[node.field])}]</mark>`;
        break;
      }
      case 'placeholder':
        if (ctx.keepPlaceholders) out += `<mark class="placeholder">[${html(node.text)}]</mark>`;
        break;
      case 'link':
      case 'autolink':
        if (SAFE_LINK.test(node.url)) out += `<a href="${html(node.url)}">${inlines(node.children, ctx)}</a>`;
        else {
          ctx.warnings.push(`link not exported (only http, https and mailto): ${node.url.slice(0, 80)}`);
          out += inlines(node.children, ctx);
        }
        break;
      default:
        // A block where a line of text was expected: its words are kept, inline.
        if ('children' in node) out += inlines(node.children, ctx);
    }
  }
  return out;
}

const LIST_STYLES = ['decimal', 'lower-alpha', 'lower-roman'];

function list(node: SerializedList, level: number, ctx: HtmlContext): string {
  const tag = node.listType === 'number' ? 'ol' : 'ul';
  // Word's numbering, level by level: 1. / a. / i. (numbering.ts), bullets • ◦ ▪.
  const style =
    node.listType === 'number'
      ? ` style="list-style-type:${LIST_STYLES[level % 3]}"`
      : node.listType === 'check'
        ? ' class="check"'
        : '';
  const start = node.listType === 'number' && node.start && node.start > 1 ? ` start="${Math.floor(node.start)}"` : '';
  let out = `<${tag}${style}${start}>`;
  let open = false;
  for (const item of node.children) {
    const nested = 'children' in item ? item.children.filter((c): c is SerializedList => c.type === 'list') : [];
    const inline = 'children' in item ? item.children.filter((c) => c.type !== 'list') : [item];
    if (inline.length && !onlyPlaceholders(inline, ctx)) {
      if (open) out += '</li>';
      const box = node.listType === 'check' ? (item.type === 'listitem' && item.checked ? '☒ ' : '☐ ') : '';
      out += `<li>${box}${inlines(inline, ctx)}`;
      open = true;
    } else if (!open && nested.length) {
      // A nested list with no item of its own before it: Word shows it at the deeper level only.
      out += '<li class="nested-only">';
      open = true;
    }
    for (const sub of nested) out += list(sub, Math.min(level + 1, 8), ctx);
  }
  if (open) out += '</li>';
  return `${out}</${tag}>`;
}

const MAX_SPAN = 63;
const span = (n: number | undefined) => Math.min(MAX_SPAN, Math.max(1, Math.floor(Number(n) || 1)));

function table(node: SerializedTable, ctx: HtmlContext): string {
  const rows = node.children.filter((r) => r.type === 'tablerow');
  let head = '';
  let body = '';
  rows.forEach((row, r) => {
    const cells = ('children' in row ? row.children : []) as SerializedTableCell[];
    // Only the first row can be a header row in Word; in print it repeats on every page too.
    const header = r === 0 && cells.some((c) => (c.headerState ?? 0) & 1);
    let tr = '<tr>';
    for (const cell of cells) {
      const tag = ((cell.headerState ?? 0) & 1 && r === 0) || (cell.headerState ?? 0) & 2 ? 'th' : 'td';
      const colSpan = span(cell.colSpan);
      const rowSpan = span(cell.rowSpan);
      const attrs = (colSpan > 1 ? ` colspan="${colSpan}"` : '') + (rowSpan > 1 ? ` rowspan="${rowSpan}"` : '');
      tr += `<${tag}${attrs}>${blocks('children' in cell ? cell.children : [], ctx)}</${tag}>`;
    }
    tr += '</tr>';
    if (header) head += tr;
    else body += tr;
  });
  return `<table>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
}

/** Lexical block nodes as HTML. */
export function blocks(nodes: readonly SerializedNode[], ctx: HtmlContext): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        if (!onlyPlaceholders(node.children, ctx)) out += `<p>${inlines(node.children, ctx) || '<br>'}</p>`;
        break;
      case 'heading': {
        const level = Math.min(6, Number(node.tag.slice(1)) + ctx.headingShift);
        out += `<h${level}>${inlines(node.children, ctx)}</h${level}>`;
        break;
      }
      case 'quote':
        out += `<blockquote>${inlines(node.children, ctx)}</blockquote>`;
        break;
      case 'list':
        out += list(node, 0, ctx);
        break;
      case 'table':
        out += table(node, ctx);
        break;
      default:
        out += `<p>${inlines([node], ctx)}</p>`;
    }
  }
  return out;
}

/** A note's content as the HTML of its body. */
export function contentHtml(content: NoteContent, ctx: HtmlContext): string {
  return blocks(content.root.children, ctx);
}
