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
 * Column widths that fit the content. Each column has a weight (its claim on the page when the
 * columns must wrap); a column whose longest line fits in its share takes just that, one whose
 * longest word does not fit takes that word's width, and the rest share what is left by weight.
 */
export function fitColumns(
  columns: readonly Column[],
  total: number,
  sizePt: number,
  weights: readonly number[],
): number[] {
  const charTwips = sizePt * 0.55 * TWIPS_PER_POINT; // digits and capitals are wider than the average letter
  const width = (s: string) => Math.ceil(s.length * charTwips) + CELL_PADDING;
  const natural = columns.map((c) => Math.max(CELL_PADDING, ...c.flat().map(width)));
  const minimum = columns.map((c) =>
    Math.min(total / columns.length, Math.max(CELL_PADDING, ...c.flat().flatMap((l) => l.split(/\s+/).map(width)))),
  );
  const widths: number[] = columns.map(() => 0);
  let remaining = total;
  const active = new Set(columns.map((_, i) => i));
  const weightOf = () => [...active].reduce((sum, i) => sum + weights[i]!, 0);
  for (let fixed = true; fixed && active.size;) {
    fixed = false;
    for (const i of active) {
      const share = (remaining * weights[i]!) / weightOf();
      if (natural[i]! <= share || minimum[i]! >= share) {
        widths[i] = natural[i]! <= share ? natural[i]! : minimum[i]!;
        remaining -= widths[i]!;
        active.delete(i);
        fixed = true;
        break;
      }
    }
  }
  const weight = weightOf();
  for (const i of active) widths[i] = (remaining * weights[i]!) / weight;
  // Every column fitted with room to spare: the spare goes to all, so the table spans the page.
  const used = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor((w * total) / used));
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
  // Participants matter most to the reader; meeting and place may wrap first.
  const widths = fitColumns(columns, textWidth, style.bodySize, [1, 2, 1.5, 4]);
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
