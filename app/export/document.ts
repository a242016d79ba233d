import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { NoteContent } from '../domain/content';
import { countryName } from '../domain/country';
import type { Note } from '../domain/note';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';
import { formatDateRange, formatMeetingTime, nameWithTitle } from '../templates/fields';
import { cleanText } from './clean-text';
import { contentXml, type ConvertContext, type WordTarget } from './content-to-wordml';
import { contentSlot, packageDocx } from './docx-package';
import { FrameTarget } from './frame-target';
import { ListInstances, numberingConfig } from './numbering';
import type { WordStyle } from './style';

export interface ExportData {
  visit: Visit;
  people: readonly Person[];
  programme: readonly ProgrammeItem[];
}

export interface ExportOptions {
  style: WordStyle;
  /** "Prepared on" date, YYYY-MM-DD; today by default. */
  date?: string;
}

export interface ExportResult {
  buffer: Buffer;
  warnings: string[];
}

type Block = Paragraph | Table;

const pt = (points: number) => Math.round(points * 2); // docx sizes are half-points

function styles(style: WordStyle) {
  const heading = (size: number) => ({
    run: { font: style.headingFont, size: pt(size), bold: true, color: style.accentColour },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: { run: { font: style.bodyFont, size: pt(style.bodySize) }, paragraph: { spacing: { after: 120 } } },
      heading1: heading(style.headingSizes[0]!),
      heading2: heading(style.headingSizes[1]!),
      heading3: heading(style.headingSizes[2]!),
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
        id: 'Marking',
        name: 'Protective marking',
        basedOn: 'Normal',
        run: { bold: true, size: pt(style.markingSize), color: style.markingColour, font: style.bodyFont },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

/** The classification at the top and bottom of every page (first page included: titlePage). */
function markings(classification: string, draft: boolean): Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> {
  const marking = cleanText(classification);
  const top = () =>
    new Header({
      children: [new Paragraph({ style: 'Marking', children: [new TextRun(draft ? `${marking} — DRAFT` : marking)] })],
    });
  const bottom = () =>
    new Footer({
      children: [
        new Paragraph({ style: 'Marking', children: [new TextRun(marking)] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
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

/** Visit, meeting, date and place, above the note's own text. */
function titleBlock(title: string, data: ExportData, item: ProgrammeItem | undefined): Paragraph[] {
  const { visit } = data;
  const place = item?.location ?? `${visit.city}, ${countryName(visit.hostCountry)}`;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanText(title))] }),
    label('Visit', visit.title),
    ...(item ? [label('Meeting', item.title)] : []),
    label(
      'Date',
      item ? formatMeetingTime(item, visit.timeZone, visit.city) : formatDateRange(visit.startDate, visit.endDate),
    ),
    label('Place', place),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

function convertContext(
  data: ExportData,
  item: ProgrammeItem | undefined,
  options: ExportOptions,
  lists: ListInstances,
  word: WordTarget,
  warnings: string[],
  headingShift = 0,
): ConvertContext {
  return {
    fields: { visit: data.visit, people: data.people, programmeItem: item ?? null },
    style: options.style,
    lists,
    word,
    warnings,
    headingShift,
  };
}

/** The .docx of a frame built by docx, with each note's content (WordprocessingML) in its slot. */
function pack(doc: Document, target: FrameTarget, contents: readonly string[], warnings: string[]): ExportResult {
  return { buffer: packageDocx(doc, target, contents), warnings: [...new Set(warnings)] };
}

/** One note as a Word document. */
export async function exportNote(
  note: Pick<Note, 'title' | 'classification' | 'status' | 'programmeItemId'> & { content: NoteContent },
  data: ExportData,
  options: ExportOptions,
): Promise<ExportResult> {
  const warnings: string[] = [];
  const lists = new ListInstances();
  const item = data.programme.find((p) => p.id === note.programmeItemId);
  const body: Block[] = [...titleBlock(note.title, data, item), contentSlot(0)];
  const doc = new Document({
    creator: options.style.author,
    title: cleanText(note.title),
    subject: cleanText(data.visit.title),
    description: `${note.classification} — exported by Briefing`,
    styles: styles(options.style),
    numbering: { config: numberingConfig() },
    sections: [{ ...markings(note.classification, note.status !== 'cleared'), children: body }],
  });
  const target = new FrameTarget(doc);
  const content = contentXml(note.content, convertContext(data, item, options, lists, target, warnings));
  return pack(doc, target, [content], warnings);
}

function programmeTable(data: ExportData, style: WordStyle): Table {
  const cell = (text: string, header = false) =>
    new TableCell({
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text: cleanText(text), bold: header || undefined })] })],
    });
  const people = new Map(data.people.map((p) => [p.id, p]));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Time', 'Meeting', 'Place', 'Participants'].map((h) => cell(h, true)),
      }),
      ...data.programme.map(
        (item) =>
          new TableRow({
            children: [
              cell(formatMeetingTime(item, data.visit.timeZone, null)),
              cell(item.title),
              cell(item.location ?? ''),
              cell(
                item.participants
                  .map((id) => people.get(id))
                  .filter((p): p is Person => !!p)
                  .map((p) => nameWithTitle(p, item.start.slice(0, 10)))
                  .join('; '),
              ),
            ],
          }),
      ),
    ],
  });
}

/** Notes in programme order: notes about the whole visit first, then by meeting time. */
export function packOrder<N extends Pick<Note, 'programmeItemId' | 'createdAt'>>(
  notes: readonly N[],
  programme: readonly ProgrammeItem[],
): N[] {
  const start = new Map(programme.map((p) => [p.id, p.start]));
  const key = (n: N) => (n.programmeItemId && start.get(n.programmeItemId)) || '';
  return [...notes].sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt));
}

/** The briefing pack: cover, contents, programme, then each note from a new page. */
export async function exportPack(
  notes: readonly (Note & { content: NoteContent })[],
  data: ExportData,
  options: ExportOptions,
): Promise<ExportResult> {
  const { visit } = data;
  const warnings: string[] = [];
  const lists = new ListInstances();
  const ordered = packOrder(notes, data.programme);
  const draft = ordered.some((n) => n.status !== 'cleared');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const cover: (Block | TableOfContents)[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(cleanText(visit.title))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: 'Briefing pack', size: pt(16) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 480 },
      children: [
        new TextRun(
          `${formatDateRange(visit.startDate, visit.endDate)} · ${cleanText(visit.city)}, ${countryName(visit.hostCountry)}`,
        ),
      ],
    }),
    ...(draft
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 480 },
            children: [new TextRun({ text: 'DRAFT — not every note is cleared', bold: true, color: 'A4262C' })],
          }),
        ]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Programme')] }),
    programmeTable(data, options.style),
  ];
  const body: Block[] = [];
  ordered.forEach((note, i) => {
    const item = data.programme.find((p) => p.id === note.programmeItemId);
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(cleanText(`Brief ${i + 1}: ${note.title}`))],
      }),
      ...(item
        ? [
            label('Meeting', item.title),
            label('Date', formatMeetingTime(item, visit.timeZone, visit.city)),
            ...(item.location ? [label('Place', item.location)] : []),
          ]
        : []),
      contentSlot(i),
    );
  });
  body.push(
    new Paragraph({
      spacing: { before: 480 },
      children: [
        new TextRun({
          text: `${cleanText(options.style.department)} · ${formatDateRange(date, date)}`,
          italics: true,
          color: '595959',
        }),
      ],
    }),
  );
  const doc = new Document({
    creator: options.style.author,
    title: cleanText(`Briefing pack: ${visit.title}`),
    subject: cleanText(visit.title),
    description: `${visit.classification} — exported by Briefing`,
    features: { updateFields: true },
    styles: styles(options.style),
    numbering: { config: numberingConfig() },
    sections: [{ ...markings(visit.classification, draft), children: [...cover, ...body] }],
  });
  // Written in document order, so lists and links are numbered as they appear.
  const target = new FrameTarget(doc);
  const contents = ordered.map((note) => {
    const item = data.programme.find((p) => p.id === note.programmeItemId);
    return contentXml(note.content, convertContext(data, item, options, lists, target, warnings, 1));
  });
  return pack(doc, target, contents, warnings);
}
