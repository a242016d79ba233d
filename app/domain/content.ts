/**
 * The Lexical serialized JSON a note's content is stored as (design §3, interchange §4).
 * These are the node types the editor creates; the store and the importer reject any other type
 * by name, and the exporter maps each of them to Word.
 */

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export const FIELD_KINDS = [
  'visit.title',
  'visit.dates',
  'visit.city',
  'visit.hostCountry',
  'visit.guestCountry',
  'visit.principal',
  'visit.counterpart',
  'meeting.title',
  'meeting.time',
  'meeting.place',
  'meeting.participants',
  'classification',
  'visit.principal.name',
  'visit.principal.title',
  'visit.counterpart.name',
  'visit.counterpart.title',
  /** Anyone in the visit's People: name and title on the meeting's date; names them by personId. */
  'person',
  /** The name and, beside it, the native-script name: "Mukhtar Tleuberdi (Мұхтар Тілеуберді)". */
  'visit.principal.name.native',
  'visit.counterpart.name.native',
  /** Anyone in the visit's People, name with native script; names them by personId. */
  'person.name.native',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The field kinds that name their person by personId (anyone in the visit's People). */
export const PERSON_FIELD_KINDS = ['person', 'person.name.native'] as const satisfies readonly FieldKind[];

export function isPersonField(kind: FieldKind): kind is (typeof PERSON_FIELD_KINDS)[number] {
  return (PERSON_FIELD_KINDS as readonly FieldKind[]).includes(kind);
}

/** Field values kept with a cleared note (app/templates/freeze.ts); null: missing at clearance. */
export type FrozenFields = Partial<Record<FieldKind, string | null>>;

interface NodeBase {
  type: string;
  version: number;
}

interface ElementBase extends NodeBase {
  children: SerializedNode[];
  direction?: 'ltr' | 'rtl' | null;
  format?: string | number;
  indent?: number;
  /** Lexical's format and style for text typed into an empty block (style is always emptied). */
  textFormat?: number;
  textStyle?: string;
}

export interface SerializedText extends NodeBase {
  type: 'text';
  text: string;
  /** Bitmask of TEXT_FORMAT. */
  format: number;
  detail?: number;
  mode?: 'normal' | 'token' | 'segmented';
  style?: string;
}
export interface SerializedLineBreak extends NodeBase {
  type: 'linebreak';
}
export interface SerializedTab extends NodeBase {
  type: 'tab';
  text?: string;
  format?: number;
}
export interface SerializedParagraph extends ElementBase {
  type: 'paragraph';
}
export interface SerializedHeading extends ElementBase {
  type: 'heading';
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
export interface SerializedQuote extends ElementBase {
  type: 'quote';
}
export interface SerializedList extends ElementBase {
  type: 'list';
  listType: 'bullet' | 'number' | 'check';
  start?: number;
  tag?: 'ul' | 'ol';
}
export interface SerializedListItem extends ElementBase {
  type: 'listitem';
  value?: number;
  checked?: boolean;
}
export interface SerializedLink extends ElementBase {
  type: 'link' | 'autolink';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
}
export interface SerializedTable extends ElementBase {
  type: 'table';
  colWidths?: number[];
}
export interface SerializedTableRow extends ElementBase {
  type: 'tablerow';
  height?: number;
}
export interface SerializedTableCell extends ElementBase {
  type: 'tablecell';
  /** 0 none, 1 row header, 2 column header, 3 both (Lexical's TableCellHeaderStates). */
  headerState?: number;
  colSpan?: number;
  rowSpan?: number;
  width?: number;
  backgroundColor?: string | null;
}
/** A prompt left to fill in (templates): `text` is what to write there, at most 500 characters. */
export interface SerializedPlaceholder extends NodeBase {
  type: 'placeholder';
  text: string;
}
/** A live value from the visit (templates): rendered and exported as its resolved text. */
export interface SerializedField extends NodeBase {
  type: 'field';
  field: FieldKind;
  /** The person a person field ('person', 'person.name.native') shows (an id of the visit's People); absent for every other kind. */
  personId?: string;
}

/**
 * What the author should write here (a template's prompt): shown as a prompt in the editor, selected
 * whole by a click and replaced by what is typed; left out of an export unless asked for. `text`
 * is the prompt without brackets, e.g. "What we want from this meeting, most important first."
 */
export interface SerializedPlaceholder extends NodeBase {
  type: 'placeholder';
  text: string;
}

export type SerializedNode =
  | SerializedText
  | SerializedLineBreak
  | SerializedTab
  | SerializedParagraph
  | SerializedHeading
  | SerializedQuote
  | SerializedList
  | SerializedListItem
  | SerializedLink
  | SerializedTable
  | SerializedTableRow
  | SerializedTableCell
  | SerializedField
  | SerializedPlaceholder;

export interface SerializedRoot extends ElementBase {
  type: 'root';
}

/** Lexical's SerializedEditorState. */
export interface NoteContent {
  root: SerializedRoot;
}

export const KNOWN_NODE_TYPES = [
  'root',
  'text',
  'linebreak',
  'tab',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'field',
  'placeholder',
] as const;

/** An empty document: one empty paragraph, as Lexical itself creates it. */
export function emptyContent(): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}
