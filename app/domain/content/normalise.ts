import {
  FIELD_KINDS,
  isPersonField,
  KNOWN_NODE_TYPES,
  type FieldKind,
  type NoteContent,
  type SerializedNode,
} from '../content';
import { noneCleaned, type Cleaned } from './cleaned';
import { isListStyle } from './list-style';
import { safeLinkUrl } from './links';
import { cleanString, cleanTextPieces, LINE_BREAK, PARAGRAPH_BREAK } from './text-cleaning';

/** A note's serialized content may not exceed this (JSON characters): ~200 pages of dense text. */
export const MAX_CONTENT_CHARS = 5_000_000;
/** Deeper documents are refused: no editor makes them, and walking them could exhaust the stack. */
export const MAX_DEPTH = 64;
/** Table spans: Word allows 63 columns. */
export const MAX_SPAN = 63;
export const MAX_INDENT = 10;
export const MAX_LIST_START = 10_000;
export const MAX_PLACEHOLDER_CHARS = 1000;
const MAX_LINK_TITLE_CHARS = 500;
const MAX_SIZE_TWIPS = 20_000;

/** A problem normalising cannot fix, at a JSON path ("content.root.children.3.type"). */
export class ContentError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ContentError';
  }
}

type Json = { [key: string]: unknown };
type Node = SerializedNode & Json;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const KNOWN = new Set<string>([...KNOWN_NODE_TYPES, 'placeholder']);
const FIELDS = new Set<string>(FIELD_KINDS);
const INLINE = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'field', 'placeholder']);
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote']);
const ELEMENT_FORMATS = new Set(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
/** Lexical's older numeric element formats. */
const NUMERIC_FORMATS = ['', 'left', 'center', 'right', 'justify', 'start', 'end'];
const TEXT_MODES = new Set(['normal', 'token', 'segmented']);
const LIST_TYPES = new Set(['bullet', 'number', 'check']);
/** Every TextNode format bit Lexical 0.52 defines (bold … capitalize). */
const TEXT_FORMAT_BITS = 0x7ff;
/** IS_DIRECTIONLESS | IS_UNMERGEABLE. */
const TEXT_DETAIL_BITS = 0x3;
const COLOUR = /^#[0-9a-f]{3,8}$/i;
/** The shape of our ids (app/domain/ids.ts). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** What a node becomes inside a line of text: text, a block lifted out of the line, or a paragraph break. */
type Piece = { inline: Node } | { block: Node } | 'break';

const linebreak = (): Node => ({ type: 'linebreak', version: 1 }) as Node;
const tab = (): Node =>
  ({ detail: 2, mode: 'normal', text: '\t', format: 0, style: '', type: 'tab', version: 1 }) as unknown as Node;

/**
 * The content allow-list (issue 15): every node rebuilt from its known fields with each value
 * checked, in a shape the exporter can write. Cleans what it can make safe, counting each change;
 * refuses (ContentError) only what it cannot: a node type Briefing does not know (dropping it
 * would lose text silently), a document nested too deep, a value of the wrong kind where text
 * should be.
 */
class Normaliser {
  readonly cleaned: Cleaned = noneCleaned();

  /** A value set to a safe one; counted when one was given and differed. */
  private safe<T>(given: unknown, value: T): T {
    if (given !== undefined && given !== value) this.cleaned.values++;
    return value;
  }

  private moved(n = 1): void {
    this.cleaned.moved += n;
  }

  node(value: unknown, path: string, depth: number): Node {
    if (depth > MAX_DEPTH) throw new ContentError(path, `the document is nested more than ${MAX_DEPTH} levels deep`);
    if (!isObject(value)) throw new ContentError(path, 'must be a node object');
    const type = value.type;
    if (typeof type !== 'string') throw new ContentError(`${path}.type`, 'is missing');
    if (!KNOWN.has(type)) {
      // Refused by name, never dropped: dropping it would lose its text without a word.
      throw new ContentError(`${path}.type`, `unknown node type "${cleanString(type.slice(0, 60)).text}"`);
    }
    if (type === 'root') throw new ContentError(`${path}.type`, 'a root node may only be at the top');
    return value as Node;
  }

  private children(node: Json, path: string): unknown[] {
    const children = node.children;
    if (children === undefined) return [];
    if (!Array.isArray(children)) throw new ContentError(`${path}.children`, 'must be a list of nodes');
    return children;
  }

  // ---- values ------------------------------------------------------------------------------

  private int(given: unknown, fallback: number, min: number, max: number): number {
    if (typeof given !== 'number' || !Number.isFinite(given)) return this.safe(given, fallback);
    return this.safe(given, Math.min(max, Math.max(min, Math.round(given))));
  }

  private elementFields(node: Json): Json {
    const direction = node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null;
    this.safe(node.direction ?? null, direction);
    let format: string;
    if (typeof node.format === 'string' && ELEMENT_FORMATS.has(node.format)) format = node.format;
    else if (typeof node.format === 'number' && NUMERIC_FORMATS[node.format] !== undefined)
      format = NUMERIC_FORMATS[node.format]!;
    else format = this.safe(node.format, '');
    const fields: Json = { direction, format, indent: this.int(node.indent, 0, 0, MAX_INDENT) };
    if (typeof node.textFormat === 'number' && node.textFormat !== 0)
      fields.textFormat = this.int(node.textFormat, 0, 0, TEXT_FORMAT_BITS) & TEXT_FORMAT_BITS;
    if (typeof node.textStyle === 'string' && node.textStyle !== '') this.cleaned.values++;
    return fields;
  }

  private textFields(node: Json, detailDefault: number): Json {
    const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0;
    const detail = typeof node.detail === 'number' && Number.isInteger(node.detail) ? node.detail : detailDefault;
    const mode = typeof node.mode === 'string' && TEXT_MODES.has(node.mode) ? node.mode : 'normal';
    this.safe(node.mode, mode);
    if (typeof node.style === 'string' && node.style !== '') this.cleaned.values++;
    return {
      detail: this.safe(node.detail, detail & TEXT_DETAIL_BITS),
      format: this.safe(node.format, format & TEXT_FORMAT_BITS),
      mode,
      style: '',
    };
  }

  // ---- inline ------------------------------------------------------------------------------

  /** A node inside a line of text: what it becomes there. Blocks found in a line are lifted out. */
  inline(value: unknown, path: string, depth: number, inLink = false): Piece[] {
    const node = this.node(value, path, depth);
    switch (node.type) {
      case 'text': {
        if (node.text !== undefined && typeof node.text !== 'string')
          throw new ContentError(`${path}.text`, 'must be a string');
        const { pieces, changed } = cleanTextPieces((node.text as string | undefined) ?? '');
        this.cleaned.characters += changed;
        const fields = this.textFields(node, 0);
        return pieces.map((p): Piece => {
          if (p === LINE_BREAK) return { inline: linebreak() };
          if (p === PARAGRAPH_BREAK) return 'break';
          const { detail, format, mode, style } = fields;
          return { inline: { detail, format, mode, style, text: p, type: 'text', version: 1 } as unknown as Node };
        });
      }
      case 'linebreak':
        return [{ inline: linebreak() }];
      case 'tab': {
        const { detail, format, style } = this.textFields(node, 2);
        return [{ inline: { detail, mode: 'normal', text: '\t', format, style, type: 'tab', version: 1 } as Node }];
      }
      case 'field': {
        if (!FIELDS.has(String(node.field)))
          throw new ContentError(
            `${path}.field`,
            `unknown field "${cleanString(String(node.field).slice(0, 60)).text}"`,
          );
        // A person field names its person (an id of the visit's People); no other field takes one.
        const personId =
          isPersonField(node.field as FieldKind) && typeof node.personId === 'string' && ID.test(node.personId)
            ? node.personId
            : undefined;
        if (node.personId !== undefined && personId === undefined) this.cleaned.values++;
        return [
          {
            inline: { type: 'field', version: 1, field: node.field, ...(personId ? { personId } : {}) } as Node,
          },
        ];
      }
      case 'placeholder': {
        const given = typeof node.text === 'string' ? node.text : '';
        this.safe(node.text, given);
        const { text, changed } = cleanString(given);
        this.cleaned.characters += changed;
        const bounded = this.safe(text, text.slice(0, MAX_PLACEHOLDER_CHARS));
        return [{ inline: { type: 'placeholder', version: 1, text: bounded } as Node }];
      }
      case 'link':
      case 'autolink':
        return this.link(node, path, depth, inLink);
      default:
        // A block inside a line of text (a table in a paragraph…) is lifted out of the line.
        this.moved();
        return this.block(node, path, depth).map((block) => ({ block }));
    }
  }

  private inlineChildren(node: Json, path: string, depth: number, inLink = false): Piece[] {
    const out: Piece[] = [];
    this.children(node, path).forEach((child, i) => {
      for (const piece of this.inline(child, `${path}.children.${i}`, depth + 1, inLink)) out.push(piece);
    });
    return out;
  }

  private link(node: Node, path: string, depth: number, inLink: boolean): Piece[] {
    const pieces = this.inlineChildren(node, path, depth, true);
    // A link inside a link: the inner one gives up its address (Word and HTML cannot nest them).
    if (inLink) {
      this.moved();
      return pieces;
    }
    const safe = safeLinkUrl(node.url);
    if (!safe) {
      this.cleaned.links++;
      return pieces;
    }
    if (safe.changed) this.cleaned.values++;
    const target = node.target === '_blank' ? '_blank' : null;
    this.safe(node.target ?? null, target);
    if (typeof node.rel === 'string' && node.rel !== '' && node.rel !== 'noreferrer') this.cleaned.values++;
    let title: string | null = null;
    if (typeof node.title === 'string' && node.title !== '') {
      const cleaned = cleanString(node.title);
      this.cleaned.characters += cleaned.changed;
      title = this.safe(cleaned.text, cleaned.text.slice(0, MAX_LINK_TITLE_CHARS));
    }
    const fields = this.elementFields(node);
    const make = (children: Node[]): Node =>
      ({
        children,
        ...(node.type === 'autolink' ? { isUnlinked: node.isUnlinked === true } : {}),
        rel: 'noreferrer',
        target,
        title,
        url: safe.url,
        ...fields,
        type: node.type,
        version: 1,
      }) as unknown as Node;
    // Text in a run keeps the link; a lifted block or a paragraph break splits it.
    const out: Piece[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length) out.push({ inline: make(run) });
      run = [];
    };
    for (const piece of pieces) {
      if (piece !== 'break' && 'inline' in piece) run.push(piece.inline);
      else {
        flush();
        out.push(piece);
      }
    }
    flush();
    return out;
  }

  // ---- blocks ------------------------------------------------------------------------------

  /** Any node where a block belongs: what it becomes there (one or more root-level blocks). */
  block(node: Node, path: string, depth: number): Node[] {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        return this.textBlock(node, this.inlineChildren(node, path, depth));
      case 'list':
        return this.list(node, path, depth, 0);
      case 'listitem':
        this.moved();
        return this.list({ type: 'list', listType: 'bullet', children: [node] }, path, depth - 1, 0);
      case 'table':
        return this.table(node, path, depth);
      case 'tablerow':
        this.moved();
        return this.table({ type: 'table', children: [node] }, path, depth - 1);
      case 'tablecell':
        this.moved();
        return this.table({ type: 'table', children: [{ type: 'tablerow', children: [node] }] }, path, depth - 2);
      default: {
        // Text where a block belongs goes into a paragraph of its own.
        this.moved();
        return this.textBlock({ type: 'paragraph' }, this.inline(node, path, depth));
      }
    }
  }

  /** Root-level blocks of a list of children; consecutive inline nodes share one paragraph. */
  blocks(children: unknown[], path: string, depth: number): Node[] {
    const out: Node[] = [];
    let inline: Piece[] = [];
    const flush = () => {
      if (inline.length) {
        this.moved();
        out.push(...this.textBlock({ type: 'paragraph' }, inline));
      }
      inline = [];
    };
    children.forEach((child, i) => {
      const node = this.node(child, `${path}.children.${i}`, depth + 1);
      if (INLINE.has(node.type)) inline.push(...this.inline(node, `${path}.children.${i}`, depth + 1));
      else {
        flush();
        out.push(...this.block(node, `${path}.children.${i}`, depth + 1));
      }
    });
    flush();
    return out;
  }

  /** A paragraph, heading or quote from its pieces: a paragraph break starts another of the same kind. */
  private textBlock(node: Json, pieces: Piece[]): Node[] {
    const type = String(node.type);
    const fields: Json = { ...this.elementFields(node) };
    if (type === 'heading') {
      const tag = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? node.tag : 'h1';
      fields.tag = this.safe(node.tag, tag);
    }
    const givenTextFormat = node.textFormat;
    const make = (children: Node[]): Node => {
      if (type === 'heading') {
        const { tag, ...rest } = fields;
        return { children, tag, ...rest, type, version: 1 } as unknown as Node;
      }
      if (type === 'paragraph') {
        // As Lexical writes it: the format of text typed into it, by default its first text's.
        const first = children.find((c) => c.type === 'text') as Json | undefined;
        const textFormat =
          typeof givenTextFormat === 'number' ? (fields.textFormat ?? 0) : ((first?.format as number) ?? 0);
        return { children, ...fields, textFormat, textStyle: '', type, version: 1 } as unknown as Node;
      }
      return { children, ...fields, type, version: 1 } as unknown as Node;
    };
    const out: Node[] = [];
    let run: Node[] = [];
    // A block with no text at all is still one (empty) block; one that held only a lifted table is not.
    let keepEmpty = true;
    for (const piece of pieces) {
      if (piece === 'break') {
        out.push(make(run));
        run = [];
        keepEmpty = true;
      } else if ('inline' in piece) run.push(piece.inline);
      else {
        if (run.length) out.push(make(run));
        out.push(piece.block);
        run = [];
        keepEmpty = false;
      }
    }
    if (run.length || keepEmpty) out.push(make(run));
    return out;
  }

  // ---- lists -------------------------------------------------------------------------------

  /**
   * A list, with items holding only text and nested lists. A table inside an item is lifted out
   * of the list, which continues after it (numbering carried on).
   */
  private list(node: Json, path: string, depth: number, level: number): Node[] {
    const listType = typeof node.listType === 'string' && LIST_TYPES.has(node.listType) ? node.listType : 'number';
    this.safe(node.listType, listType);
    const start = this.int(node.start, 1, 1, MAX_LIST_START);
    const fields = this.elementFields(node);
    // Lettered and roman numbering (node state "$": { listStyle }); anything else in "$" goes.
    const style = (node.$ as Json | undefined)?.listStyle;
    const keepStyle = listType === 'number' && isListStyle(style) && style !== 'decimal';
    if (node.$ !== undefined && !(keepStyle && Object.keys(node.$ as object).length === 1)) this.cleaned.values++;
    const state = keepStyle ? { $: { listStyle: style } } : {};
    const out: Node[] = [];
    let items: Node[] = [];
    let first = start;
    const flush = () => {
      if (items.length) {
        out.push({
          children: items,
          listType,
          start: first,
          tag: listType === 'number' ? 'ol' : 'ul',
          ...fields,
          ...state,
          type: 'list',
          version: 1,
        } as unknown as Node);
        first += items.filter((item) => !isNestedListItem(item)).length;
      }
      items = [];
    };
    this.children(node, path).forEach((child, i) => {
      const childPath = `${path}.children.${i}`;
      const item = this.node(child, childPath, depth + 1);
      let parts: ({ item: Node } | { block: Node })[];
      if (item.type === 'listitem') parts = this.listItem(item, childPath, depth + 1, level);
      else {
        // Anything else directly in a list is made an item of it.
        this.moved();
        parts = this.listItem({ type: 'listitem', children: [item] } as unknown as Node, childPath, depth, level);
      }
      for (const part of parts) {
        if ('item' in part) items.push(part.item);
        else {
          flush();
          out.push(part.block);
        }
      }
    });
    flush();
    if (out.length === 0) this.moved(); // an empty list holds no words: it goes
    return out;
  }

  /** One list item: its text, split where it held paragraphs; nested lists in items of their own. */
  private listItem(node: Node, path: string, depth: number, level: number): ({ item: Node } | { block: Node })[] {
    const checked = typeof node.checked === 'boolean' ? node.checked : undefined;
    const value = this.int(node.value, 1, 1, 1_000_000);
    const { direction, format, textFormat } = this.elementFields(node);
    const make = (children: Node[]): Node =>
      ({
        children,
        ...(checked === undefined ? {} : { checked }),
        indent: level,
        value,
        direction,
        format,
        ...(textFormat === undefined ? {} : { textFormat }),
        type: 'listitem',
        version: 1,
      }) as unknown as Node;
    const out: ({ item: Node } | { block: Node })[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length) out.push({ item: make(run) });
      run = [];
    };
    this.children(node, path).forEach((child, i) => {
      const childPath = `${path}.children.${i}`;
      const c = this.node(child, childPath, depth + 1);
      if (c.type === 'list') {
        // Lexical's shape: a nested list is the only child of its own item.
        const lists = this.list(c, childPath, depth + 1, level + 1);
        if (run.length) this.moved();
        flush();
        for (const block of lists) {
          if (block.type === 'list') out.push({ item: make([block]) });
          else out.push({ block });
        }
        return;
      }
      if (TEXT_BLOCKS.has(c.type)) {
        // A paragraph inside an item: its words become the item's (a second one, another item).
        this.moved();
        flush();
        for (const piece of this.inlineChildren(c, childPath, depth + 1)) {
          if (piece === 'break') flush();
          else if ('inline' in piece) run.push(piece.inline);
          else {
            flush();
            out.push({ block: piece.block });
          }
        }
        flush();
        return;
      }
      for (const piece of this.inline(c, childPath, depth + 1)) {
        if (piece === 'break') flush();
        else if ('inline' in piece) run.push(piece.inline);
        else if (piece.block.type === 'list') {
          flush();
          out.push({ item: make([piece.block]) });
        } else {
          flush();
          out.push({ block: piece.block });
        }
      }
    });
    flush();
    if (!out.some((part) => 'item' in part)) out.unshift({ item: make([]) });
    return out;
  }

  // ---- tables ------------------------------------------------------------------------------

  /** A table holds rows of cells; anything else found in it is lifted out after it. */
  private table(node: Json, path: string, depth: number): Node[] {
    const rows: Node[] = [];
    const after: Node[] = [];
    this.children(node, path).forEach((child, i) => {
      const childPath = `${path}.children.${i}`;
      const c = this.node(child, childPath, depth + 1);
      if (c.type === 'tablerow') {
        const row = this.row(c, childPath, depth + 1);
        if (row) rows.push(row);
      } else if (c.type === 'tablecell') {
        this.moved();
        const row = this.row({ type: 'tablerow', children: [c] }, childPath, depth);
        if (row) rows.push(row);
      } else {
        this.moved();
        after.push(...this.block(c, childPath, depth + 1));
      }
    });
    if (rows.length === 0) {
      this.moved(); // a table without rows holds no words, and Word refuses one
      return after;
    }
    const table: Json = { children: rows };
    const widths = node.colWidths;
    if (Array.isArray(widths)) {
      const ok =
        widths.length <= MAX_SPAN * 4 &&
        widths.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= MAX_SIZE_TWIPS);
      if (ok) table.colWidths = [...(widths as number[])];
      else this.cleaned.values++;
    }
    const frozenColumns = this.int(node.frozenColumnCount, 0, 0, MAX_SPAN);
    if (frozenColumns) table.frozenColumnCount = frozenColumns;
    const frozenRows = this.int(node.frozenRowCount, 0, 0, MAX_SPAN);
    if (frozenRows) table.frozenRowCount = frozenRows;
    if (node.rowStriping === true) table.rowStriping = true;
    return [{ ...table, ...this.elementFields(node), type: 'table', version: 1 } as unknown as Node, ...after];
  }

  private row(node: Json, path: string, depth: number): Node | null {
    const cells: Node[] = [];
    this.children(node, path).forEach((child, i) => {
      const childPath = `${path}.children.${i}`;
      const c = this.node(child, childPath, depth + 1);
      if (c.type === 'tablecell') cells.push(this.cell(c, childPath, depth + 1));
      else {
        this.moved();
        cells.push(this.cell({ type: 'tablecell', children: [c] }, childPath, depth));
      }
    });
    if (cells.length === 0) {
      this.moved();
      return null;
    }
    const row: Json = { children: cells };
    if (node.height !== undefined) {
      const height = node.height;
      if (typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_SIZE_TWIPS)
        row.height = height;
      else this.cleaned.values++;
    }
    return { ...row, ...this.elementFields(node), type: 'tablerow', version: 1 } as unknown as Node;
  }

  /** A cell holds paragraphs (headings, quotes) and lists; a table inside one becomes rows of text. */
  private cell(node: Json, path: string, depth: number): Node {
    const blocks: Node[] = [];
    for (const block of this.blocks(this.children(node, path), path, depth)) {
      if (block.type === 'table') {
        this.moved();
        blocks.push(...rowsOfText(block));
      } else blocks.push(block);
    }
    if (blocks.length === 0) blocks.push(...this.textBlock({ type: 'paragraph' }, []));
    const backgroundColor =
      typeof node.backgroundColor === 'string' && COLOUR.test(node.backgroundColor) ? node.backgroundColor : null;
    this.safe(node.backgroundColor ?? null, backgroundColor);
    const cell: Json = {
      children: blocks,
      backgroundColor,
      colSpan: this.int(node.colSpan, 1, 1, MAX_SPAN),
      headerState: this.int(node.headerState, 0, 0, 3),
      rowSpan: this.int(node.rowSpan, 1, 1, MAX_SPAN),
    };
    if (node.verticalAlign === 'middle' || node.verticalAlign === 'bottom') cell.verticalAlign = node.verticalAlign;
    else this.safe(node.verticalAlign, undefined);
    if (node.width !== undefined) {
      const width = node.width;
      if (typeof width === 'number' && Number.isFinite(width) && width > 0 && width <= MAX_SIZE_TWIPS)
        cell.width = width;
      else this.cleaned.values++;
    }
    return { ...cell, ...this.elementFields(node), type: 'tablecell', version: 1 } as unknown as Node;
  }
}

const isNestedListItem = (item: Node) => {
  const children = (item as Json).children as Node[];
  return children.length === 1 && children[0]!.type === 'list';
};

/** The inline content of a normalised node, its lines joined by line breaks and its cells by tabs. */
function inlinesOf(node: Node): Node[] {
  if (INLINE.has(node.type)) return [node];
  const children = ((node as Json).children ?? []) as Node[];
  switch (node.type) {
    case 'listitem':
      return children.flatMap((c) => (c.type === 'list' ? inlinesOf(c) : [c]));
    case 'list':
    case 'tablecell':
    case 'table':
      return joined(children.map(inlinesOf), linebreak);
    case 'tablerow':
      return joined(children.map(inlinesOf), tab);
    default:
      return children;
  }
}

function joined(parts: Node[][], separator: () => Node): Node[] {
  const out: Node[] = [];
  parts
    .filter((p) => p.length)
    .forEach((p, i) => {
      if (i) out.push(separator());
      out.push(...p);
    });
  return out;
}

/** A table nested in a cell becomes one paragraph per row, its cells separated by tabs. */
function rowsOfText(table: Node): Node[] {
  return ((table as Json).children as Node[]).map(
    (row) =>
      ({
        children: inlinesOf(row),
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        type: 'paragraph',
        version: 1,
      }) as unknown as Node,
  );
}

export interface Normalised<T> {
  content: T;
  cleaned: Cleaned;
}

/**
 * A Lexical SerializedEditorState made safe to store, show and export, with what was changed.
 * Throws ContentError, naming the JSON path, only for what cannot be made safe.
 */
export function normaliseContent(value: unknown, path = 'content'): Normalised<NoteContent> {
  if (!isObject(value) || !isObject(value.root)) throw new ContentError(path, 'must be an editor state with a root');
  const root = value.root;
  if (root.type !== 'root') throw new ContentError(`${path}.root.type`, 'must be "root"');
  const n = new Normaliser();
  const rootPath = `${path}.root`;
  const children = n.blocks(
    Array.isArray(root.children)
      ? root.children
      : (() => {
          throw new ContentError(`${rootPath}.children`, 'must be a list of nodes');
        })(),
    rootPath,
    0,
  );
  const direction = root.direction === 'ltr' || root.direction === 'rtl' ? root.direction : null;
  const content = {
    root: { children, direction, format: '', indent: 0, type: 'root', version: 1 },
  } as unknown as NoteContent;
  return { content, cleaned: n.cleaned };
}

/**
 * Nodes from outside a whole document (the editor's own clipboard format): the same rules, the
 * result being inline nodes when every node was inline, else blocks.
 */
export function normaliseNodes(value: unknown, path = 'nodes'): Normalised<SerializedNode[]> {
  if (!Array.isArray(value)) throw new ContentError(path, 'must be a list of nodes');
  const n = new Normaliser();
  const allInline = value.every((v) => isObject(v) && typeof v.type === 'string' && INLINE.has(v.type));
  if (allInline) {
    const pieces = value.flatMap((v, i) => n.inline(v, `${path}.${i}`, 1));
    if (pieces.every((p) => p !== 'break' && 'inline' in p))
      return { content: pieces.map((p) => (p as { inline: Node }).inline), cleaned: n.cleaned };
  }
  // Some node (or a paragraph break in the text) needs blocks: start again, counting afresh.
  const fresh = new Normaliser();
  return { content: fresh.blocks(value, path, 0), cleaned: fresh.cleaned };
}
