import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { NoteContent } from '../domain/content';
import { countryName } from '../domain/country';
import type { Note } from '../domain/note';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';
import { formatDateRange, nameWithTitle, resolveField, type FieldContext } from '../templates/fields';
import { exportWarning, unfinished } from '../templates/unfinished';
import { cleanText } from './clean-text';
import { contentXml, PAGE_TEXT_WIDTH, type ConvertContext, type WordTarget } from './content-to-wordml';
import { contentSlot, packageDocx } from './docx-package';
import { FrameTarget } from './frame-target';
import { highestMarking, markingRank } from './markings';
import { ListInstances, numberingConfig } from './numbering';
import {
  bookmarkedHeading,
  briefBookmark,
  contentsEntry,
  contentsHeading,
  meetingBlock,
  PROGRAMME_BOOKMARK,
  type ContentsEntry,
} from './pack-parts';
import { flowBlocks, linesOf, PageFlow, TEXT_WIDTH } from './page-estimate';
import { programmeTable } from './programme-table';
import type { WordStyle } from './style';
import { withoutTitleBlock } from './template-title-block';
import { paragraph, textRun } from './wordml';

export interface ExportData {
  visit: Visit;
  people: readonly Person[];
  programme: readonly ProgrammeItem[];
}

export interface ExportOptions {
  style: WordStyle;
  /** "Prepared on" date, YYYY-MM-DD; today by default. */
  date?: string;
  /** The document language (BCP 47, from Settings): Word's spelling and hyphenation. */
  language?: string;
  /** The installation's markings, lowest first (Settings): which of a pack's markings is highest. */
  classifications?: readonly string[];
  /** How the pack is put together (the visit's pack choice). */
  pack?: PackLayout;
  /** Keep placeholders and "[missing: …]" markers in the document; left out by default. */
  keepPlaceholders?: boolean;
}

/** What a note exports in: its visit and meeting, its own marking, its frozen values if cleared. */
type ExportedNote = Pick<Note, 'title' | 'classification' | 'status' | 'programmeItemId'> & {
  content: NoteContent;
  clearance?: Note['clearance'];
};

/** The values a note's fields (and its title block) read: frozen ones for a cleared note. */
export function noteFields(note: ExportedNote, data: ExportData): FieldContext {
  return {
    visit: data.visit,
    people: data.people,
    programmeItem: data.programme.find((p) => p.id === note.programmeItemId) ?? null,
    classification: note.classification,
    frozen: note.status === 'cleared' ? (note.clearance?.fields ?? null) : null,
  };
}

/** One warning per unfinished note, naming it. */
export function warnUnfinished(note: ExportedNote, fields: FieldContext, warnings: string[]): void {
  const warning = exportWarning(note.title, unfinished(note.content, fields));
  if (warning) warnings.push(warning);
}

/** The cover and numbering of a pack (the notes and their order are chosen by the caller). */
export interface PackLayout {
  /** For whom: the visit's principal when absent. */
  for?: string;
  reference?: string;
  /** The cover's date, YYYY-MM-DD; `date` (today) when absent. */
  date?: string;
  /** Who prepared it: the style's author (Settings) when absent. */
  preparedBy?: string;
  numberedParagraphs?: boolean;
}

export interface ExportResult {
  buffer: Buffer;
  warnings: string[];
}

type Block = Paragraph | Table;

const pt = (points: number) => Math.round(points * 2); // docx sizes are half-points

function styles(style: WordStyle, language = 'en-GB') {
  const heading = (size: number) => ({
    run: { font: style.headingFont, size: pt(size), bold: true, color: style.accentColour },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: style.bodyFont, size: pt(style.bodySize), language: { value: language } },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(style.headingSizes[0]!),
      heading2: heading(style.headingSizes[1]!),
      heading3: heading(style.headingSizes[2]!),
      heading4: { ...heading(style.bodySize), run: { ...heading(style.bodySize).run, italics: true } },
      title: { run: { font: style.headingFont, size: pt(style.titleSize), bold: true, color: style.accentColour } },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        run: { italics: true, color: '404040' },
        paragraph: {
          indent: { left: 720, right: 720 },
          border: { left: { style: 'single' as const, size: 12, color: 'A0A0A0', space: 8 } },
        },
      },
      {
        // Looks like Heading 1 but stays out of the outline (the navigation pane shows the briefs).
        id: 'ContentsHeading',
        name: 'Contents Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: style.headingFont, size: pt(style.headingSizes[0]!), bold: true, color: style.accentColour },
        paragraph: { spacing: { before: 240, after: 240 } },
      },
      {
        id: 'Marking',
        name: 'Protective marking',
        basedOn: 'Normal',
        run: { bold: true, size: pt(style.markingSize), color: style.markingColour, font: style.bodyFont },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

interface MarkingOptions {
  draft: boolean;
  /** The diagonal DRAFT watermark behind the text of every page (pack). */
  watermark?: boolean;
  /** The originating department, before the page number. */
  department?: string;
}

/** The classification at the top and bottom of every page (first page included: titlePage). */
function markings(
  classification: string,
  { draft, watermark, department }: MarkingOptions,
): Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> {
  const marking = cleanText(classification);
  const top = () =>
    new Header({
      children: [
        new Paragraph({
          style: 'Marking',
          children: [
            new TextRun(draft ? `${marking} — DRAFT` : marking),
            ...(watermark ? [new TextWatermark({ text: 'DRAFT', font: 'Arial', color: 'C0C0C0', opacity: 0.5 })] : []),
          ],
        }),
      ],
    });
  const page = ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES];
  const bottom = () =>
    new Footer({
      children: [
        new Paragraph({ style: 'Marking', children: [new TextRun(draft ? `${marking} — DRAFT` : marking)] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: department ? [`${cleanText(department)} · `, ...page] : page,
              size: 18,
            }),
          ],
        }),
      ],
    });
  return {
    properties: { titlePage: true },
    headers: { default: top(), first: top() },
    footers: { default: bottom(), first: bottom() },
  };
}

function label(text: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text: `${text}: `, bold: true }), new TextRun(cleanText(value))],
  });
}

/** Visit, meeting, date and place, above the note's own text (frozen values for a cleared note). */
function titleBlock(title: string, fields: FieldContext): Paragraph[] {
  const value = (kind: Parameters<typeof resolveField>[0]) => resolveField(kind, fields) ?? '';
  const meeting = !!fields.programmeItem;
  const place =
    (meeting && resolveField('meeting.place', fields)) || `${value('visit.city')}, ${value('visit.hostCountry')}`;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanText(title))] }),
    label('Visit', value('visit.title')),
    ...(meeting ? [label('Meeting', value('meeting.title'))] : []),
    label('Date', meeting ? value('meeting.time') : value('visit.dates')),
    label('Place', place),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

function convertContext(
  fields: FieldContext,
  options: ExportOptions,
  lists: ListInstances,
  word: WordTarget,
  warnings: string[],
  headingShift = 0,
): ConvertContext {
  return {
    fields,
    style: options.style,
    lists,
    word,
    warnings,
    headingShift,
    keepPlaceholders: options.keepPlaceholders,
  };
}

/** The .docx of a frame built by docx, with each note's content (WordprocessingML) in its slot. */
function pack(doc: Document, target: FrameTarget, contents: readonly string[], warnings: string[]): ExportResult {
  return { buffer: packageDocx(doc, target, contents), warnings: [...new Set(warnings)] };
}

/** One note as a Word document. */
export async function exportNote(note: ExportedNote, data: ExportData, options: ExportOptions): Promise<ExportResult> {
  const warnings: string[] = [];
  const lists = new ListInstances();
  const fields = noteFields(note, data);
  warnUnfinished(note, fields, warnings);
  const body: Block[] = [...titleBlock(note.title, fields), contentSlot(0)];
  const doc = new Document({
    creator: cleanText(options.style.author),
    lastModifiedBy: cleanText(options.style.author),
    title: cleanText(note.title),
    subject: cleanText(data.visit.title),
    description: `${note.classification} — exported by Briefing`,
    styles: styles(options.style, options.language),
    numbering: { config: numberingConfig() },
    sections: [
      {
        ...markings(note.classification, { draft: note.status !== 'cleared', department: options.style.department }),
        children: body,
      },
    ],
  });
  const target = new FrameTarget(doc);
  const content = contentXml(note.content, convertContext(fields, options, lists, target, warnings));
  return pack(doc, target, [content], warnings);
}

/** A note as the pack takes it: its content, already read from the store. */
export type PackNote = Note & { content: NoteContent };

const coverLine = (text: string, options: { size?: number; bold?: boolean; colour?: string; before?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: 120 },
    children: [
      new TextRun({
        text: cleanText(text),
        size: options.size ? pt(options.size) : undefined,
        bold: options.bold || undefined,
        color: options.colour,
      }),
    ],
  });

/**
 * The briefing pack: a cover, the contents and the programme (marked with the highest marking of
 * anything in the pack), then each note, in the order given, as its own Word section that carries
 * the note's own marking in its header and footer. A note that cannot be written as it is is
 * flattened or, at worst, replaced by a line saying so; the other briefs export as usual.
 */
export async function exportPack(
  notes: readonly PackNote[],
  data: ExportData,
  options: ExportOptions,
): Promise<ExportResult> {
  const { visit, people } = data;
  const style = options.style;
  const layout = options.pack ?? {};
  const order = options.classifications ?? [];
  const warnings: string[] = [];
  const lists = new ListInstances();
  const draft = notes.some((n) => n.status !== 'cleared');
  const date = layout.date ?? options.date ?? new Date().toISOString().slice(0, 10);
  const highest = highestMarking(order, [visit.classification, ...notes.map((n) => n.classification)]);
  const briefs = notes.map((note, i) => ({
    note,
    n: i + 1,
    heading: `Brief ${i + 1} — ${note.title}`,
    item: data.programme.find((p) => p.id === note.programmeItemId),
    content: withoutTitleBlock(note.content, note.title),
  }));
  const where = (b: (typeof briefs)[number]) => `Brief ${b.n} “${cleanText(b.note.title)}”`;
  for (const b of briefs)
    if (markingRank(order, b.note.classification) > markingRank(order, visit.classification))
      warnings.push(
        `${where(b)} is marked ${b.note.classification}, higher than the visit (${visit.classification}): its pages are marked ${b.note.classification}, and the cover, contents and programme ${highest}.`,
      );

  // Where each brief starts, estimated: the contents' page references start from these.
  const programme = programmeTable(data.programme, people, style, PAGE_TEXT_WIDTH);
  const contentsFlow = new PageFlow();
  contentsFlow.add(40);
  for (const b of [{ heading: 'Programme' }, ...briefs])
    contentsFlow.add(linesOf(b.heading.length + 6, TEXT_WIDTH, style.bodySize) * style.bodySize * 1.15 + 4);
  const programmeFlow = new PageFlow();
  programmeFlow.add(40);
  programmeFlow.add(programme.height);
  const programmePage = 2 + contentsFlow.pages;
  let page = programmePage + programmeFlow.pages;
  const starts = briefs.map((b) => {
    const fields = noteFields(b.note, data);
    const flow = new PageFlow();
    flow.add(12 + linesOf(b.heading.length, TEXT_WIDTH, style.headingSizes[0]!) * style.headingSizes[0]! * 1.15 + 6);
    if (b.item) flow.add((3 + b.item.participants.length) * (style.bodySize * 1.15 + 2) + 12);
    try {
      flowBlocks(b.content.root.children, flow, {
        style,
        headingShift: 1,
        fieldText: (node) =>
          node.type === 'field' ? (resolveField(node.field, fields, node.personId) ?? '[missing: …]') : '',
      });
    } catch {
      // The estimate is only a starting value; the export itself reports what is wrong.
    }
    const start = page;
    page += flow.pages;
    return start;
  });

  const principal = people.find((p) => p.id === visit.principalId);
  const forWhom = layout.for ?? (principal ? nameWithTitle(principal, visit.startDate) : undefined);
  const preparedBy = layout.preparedBy;
  const notCleared = briefs.filter((b) => b.note.status !== 'cleared');
  const cover: Block[] = [
    new Paragraph({ style: 'Marking', children: [new TextRun(cleanText(highest))] }),
    new Paragraph({ spacing: { before: 2000 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(cleanText(visit.title))],
    }),
    coverLine('Briefing pack', { size: 16 }),
    coverLine(`${formatDateRange(visit.startDate, visit.endDate)} · ${visit.city}, ${countryName(visit.hostCountry)}`, {
      before: 360,
    }),
    ...(forWhom ? [coverLine(`For ${forWhom}`, { before: 480, bold: true })] : []),
    ...(layout.reference ? [coverLine(`Reference: ${layout.reference}`)] : []),
    coverLine(`Date: ${formatDateRange(date, date)}`),
    ...(preparedBy ? [coverLine(`Prepared by ${preparedBy}`)] : []),
    ...(style.department ? [coverLine(style.department)] : []),
    ...(notCleared.length
      ? [
          coverLine('DRAFT — not yet cleared:', { before: 480, bold: true, colour: 'A4262C' }),
          ...notCleared.map((b) => coverLine(`${b.heading} (${b.note.status})`, { colour: 'A4262C' })),
        ]
      : []),
  ];

  const markingsOf = (classification: string) =>
    markings(classification, { draft, watermark: draft, department: style.department });
  const closing = new Paragraph({
    spacing: { before: 480 },
    children: [
      new TextRun({
        text: `${cleanText(style.department)}${style.department ? ' · ' : ''}${formatDateRange(date, date)}`,
        italics: true,
        color: '595959',
      }),
    ],
  });
  const sections: ISectionOptions[] = [
    {
      ...markingsOf(highest),
      children: [
        ...cover,
        new Paragraph({ pageBreakBefore: true, children: [] }),
        contentSlot(0),
        programme.table,
        new Paragraph({}),
      ],
    },
    ...briefs.map((b, i) => ({
      ...markingsOf(b.note.classification),
      // docx writes a section's properties into its last paragraph: never the slot.
      children: [contentSlot(i + 1), i === briefs.length - 1 ? closing : new Paragraph({})],
    })),
  ];
  const author = cleanText(style.author);
  const doc = new Document({
    creator: author,
    lastModifiedBy: author,
    title: cleanText(`Briefing pack: ${visit.title}`),
    subject: cleanText(visit.title),
    description: `${highest} — exported by Briefing`,
    styles: styles(style, options.language),
    numbering: { config: numberingConfig() },
    sections,
  });

  const entries: ContentsEntry[] = [
    { text: 'Programme', bookmark: PROGRAMME_BOOKMARK, page: programmePage },
    ...briefs.map((b, i) => ({ text: b.heading, bookmark: briefBookmark(b.n), page: starts[i]! })),
  ];
  const contents =
    contentsHeading('Contents') +
    entries.map((e) => contentsEntry(e, PAGE_TEXT_WIDTH)).join('') +
    bookmarkedHeading('Programme', PROGRAMME_BOOKMARK, 0, true);
  // Written in document order, so lists and links are numbered as they appear.
  const target = new FrameTarget(doc);
  const briefXml = briefs.map((b) => {
    const heading = bookmarkedHeading(b.heading, briefBookmark(b.n), b.n);
    // A cleared brief's meeting lines are the values it was cleared with.
    const fields = noteFields(b.note, data);
    warnUnfinished(b.note, fields, warnings);
    const meeting = b.item ? meetingBlock(b.item, people, visit.timeZone, fields) : '';
    const ctx = convertContext(fields, options, lists, target, warnings, 1);
    ctx.where = where(b);
    if (layout.numberedParagraphs) ctx.paragraphNumbers = lists.take();
    try {
      return heading + meeting + contentXml(b.content, ctx);
    } catch (e) {
      warnings.push(`${where(b)} could not be exported (${(e as Error).message}): the pack says so in its place.`);
      return heading + meeting + paragraph('', textRun(`[This brief could not be exported: ${(e as Error).message}]`));
    }
  });
  return pack(doc, target, [contents, ...briefXml], warnings);
}
