import {
  TEXT_FORMAT,
  type FieldKind,
  type NoteContent,
  type SerializedField,
  type SerializedHeading,
  type SerializedPlaceholder,
  type SerializedList,
  type SerializedListItem,
  type SerializedNode,
  type SerializedParagraph,
  type SerializedTable,
  type SerializedTableCell,
  type SerializedTableRow,
  type SerializedText,
} from '../../domain/content';
import { placeholder } from '../../domain/placeholders';

/**
 * Small builders for the built-in templates. They write exactly the serialized shape Lexical
 * itself produces, so a template opens in the editor and exports without conversion.
 */

type Inline = SerializedText | SerializedField | SerializedPlaceholder;
/** A bare string is plain text; anything else is passed through. */
type InlineLike = string | Inline;

const element = { version: 1, direction: null, format: '', indent: 0 } as const;

export function text(value: string, format = 0): SerializedText {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export const bold = (value: string): SerializedText => text(value, TEXT_FORMAT.bold);

/** What the author should write here: a placeholder node, replaced by what the author types. */
export const prompt = (value: string): SerializedPlaceholder => placeholder(value);

export function field(kind: FieldKind): SerializedField {
  return { type: 'field', version: 1, field: kind };
}

const inlines = (parts: InlineLike[]): Inline[] => parts.map((p) => (typeof p === 'string' ? text(p) : p));

export function paragraph(...parts: InlineLike[]): SerializedParagraph {
  return { type: 'paragraph', ...element, children: inlines(parts) };
}

/** A centred paragraph, for the classification marking above the title. */
export function centred(...parts: InlineLike[]): SerializedParagraph {
  return { ...paragraph(...parts), format: 'center' };
}

export function heading(tag: 'h1' | 'h2' | 'h3', ...parts: InlineLike[]): SerializedHeading {
  return { type: 'heading', tag, ...element, children: inlines(parts) };
}

/** "Label: value" line of a title block, the label in bold. */
export function labelled(label: string, ...value: InlineLike[]): SerializedParagraph {
  return paragraph(bold(`${label}: `), ...value);
}

type ListItemLike = InlineLike | InlineLike[];

function list(listType: SerializedList['listType'], items: ListItemLike[]): SerializedList {
  return {
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    ...element,
    children: items.map((item, i): SerializedListItem => ({
      type: 'listitem',
      value: i + 1,
      ...(listType === 'check' ? { checked: false } : {}),
      ...element,
      children: inlines(Array.isArray(item) ? item : [item]),
    })),
  };
}

export const bullets = (...items: ListItemLike[]): SerializedList => list('bullet', items);
export const numbered = (...items: ListItemLike[]): SerializedList => list('number', items);
/** Unticked check boxes: follow-up actions the desk ticks off as they are done. */
export const checklist = (...items: ListItemLike[]): SerializedList => list('check', items);

function cell(header: boolean, parts: InlineLike[]): SerializedTableCell {
  return {
    type: 'tablecell',
    headerState: header ? 2 : 0,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
    ...element,
    children: [paragraph(...parts)],
  };
}

/** A table whose first row is a column header (repeated on each page in Word). */
export function table(header: string[], ...rows: InlineLike[][]): SerializedTable {
  const row = (cells: SerializedTableCell[]): SerializedTableRow => ({ type: 'tablerow', ...element, children: cells });
  return {
    type: 'table',
    ...element,
    children: [row(header.map((h) => cell(true, [bold(h)]))), ...rows.map((r) => row(r.map((c) => cell(false, [c]))))],
  };
}

export function document(...blocks: SerializedNode[]): NoteContent {
  return { root: { type: 'root', ...element, children: blocks } };
}

/** The classification marking, centred above the title (export also repeats it on every page). */
export const classificationLine = (): SerializedParagraph => centred(field('classification'));
