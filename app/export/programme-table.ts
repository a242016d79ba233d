import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import { titleOn } from '../domain/person';
import { cleanText } from './clean-text';
import { participants } from './pack-parts';
import { linesOf } from './page-estimate';
import type { WordStyle } from './style';

const TWIPS_PER_POINT = 20;
const CELL_PADDING = 216; // twips: docx's default left and right cell margins (108 each)

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** "Thu 4 Mar" and "11:00–12:00": the time column's two short lines. */
export function timeLines(item: Pick<ProgrammeItem, 'start' | 'end'>): string[] {
  const [date, time] = item.start.split('T') as [string, string];
  const day = dayFormat.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
  const end = item.end?.split('T');
  const span = end ? (end[0] === date ? `${time}–${end[1]}` : `${time} – ${end[1]} (+1)`) : time;
  return [day, span];
}

type Column = string[][]; // per row, the lines of the cell

/**
 * Column widths that fit the content: each column wants its longest line, and never gets less
 * than its longest word; what the page lacks is taken from the columns that can wrap.
 */
export function fitColumns(columns: readonly Column[], total: number, sizePt: number): number[] {
  const charTwips = sizePt * 0.55 * TWIPS_PER_POINT; // digits and capitals are wider than the average letter
  const width = (s: string) => Math.ceil(s.length * charTwips) + CELL_PADDING;
  // A column that wraps anyway never asks for more than 45% of the page.
  const natural = columns.map((c) => Math.min(total * 0.45, Math.max(0, ...c.flat().map(width))));
  const minimum = columns.map((c) =>
    Math.min(total / 3, Math.max(0, ...c.flat().flatMap((l) => l.split(/\s+/).map(width)))),
  );
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  let widths: number[];
  if (sum(natural) <= total) widths = natural.map((n) => (n * total) / sum(natural));
  else {
    const spare = Math.max(0, total - sum(minimum));
    const wants = sum(natural) - sum(minimum);
    widths = minimum.map((m, i) => m + ((natural[i]! - m) * spare) / wants);
    const over = sum(widths) / total;
    if (over > 1) widths = widths.map((w) => w / over);
  }
  return widths.map(Math.floor);
}

export interface ProgrammeTable {
  table: Table;
  /** Estimated height in points, for the page estimate. */
  height: number;
}

/** The programme: time, meeting, place, participants (one a line), the header row repeated. */
export function programmeTable(
  programme: readonly ProgrammeItem[],
  people: readonly Person[],
  style: WordStyle,
  textWidth: number,
): ProgrammeTable {
  const rows = programme.map((item) => [
    timeLines(item),
    [item.title],
    item.location ? [item.location] : [],
    participants(item, people).map((p) => {
      const title = titleOn(p, item.start.slice(0, 10));
      return title ? `${p.name}, ${title.title}` : p.name;
    }),
  ]);
  const headers = ['Time', 'Meeting', 'Place', 'Participants'];
  const columns = headers.map((h, c) => [[h], ...rows.map((r) => r[c]!)]);
  const widths = fitColumns(columns, textWidth, style.bodySize);
  const cell = (lines: string[], c: number, header = false) =>
    new TableCell({
      width: { size: widths[c]!, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill } : undefined,
      children: (lines.length ? lines : ['']).map(
        (line) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [new TextRun({ text: cleanText(line), bold: header || undefined })],
          }),
      ),
    });
  let height = 0;
  const lineHeight = style.bodySize * 1.15 + 2;
  for (const row of [headers.map((h) => [h]), ...rows]) {
    const lines = row.map((cellLines, c) =>
      cellLines.reduce((n, l) => n + linesOf(l.length, widths[c]! / TWIPS_PER_POINT - 11, style.bodySize), 0),
    );
    height += Math.max(1, ...lines) * lineHeight + 4;
  }
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, c) => cell([h], c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((lines, c) => cell(lines, c)) })),
    ],
  });
  return { table, height };
}
