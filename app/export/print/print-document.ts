import type { NoteContent } from '../../domain/content';
import { countryName } from '../../domain/country';
import type { Note } from '../../domain/note';
import {
  formatDateRange,
  formatMeetingTime,
  nameWithTitle,
  resolveField,
  type FieldContext,
} from '../../templates/fields';
import { noteFields, warnUnfinished, type ExportData, type PackLayout } from '../document';
import { highestMarking } from '../markings';
import { participantLines } from '../pack-parts';
import type { WordStyle } from '../style';
import { withoutTitleBlock } from '../template-title-block';
import { contentHtml, type HtmlContext } from './content-to-html';
import { html } from './html';
import { printCss, type PageMarking, type Paper } from './print-css';

export interface PrintOptions {
  style: WordStyle;
  paper: Paper;
  /** The installation's markings, lowest first: the pack's front matter carries the highest used. */
  classifications: readonly string[];
  /** BCP 47 language of the document (the html lang, the PDF's /Lang). */
  language: string;
  /** "Prepared on" date, YYYY-MM-DD; today by default. */
  date?: string;
  /** Keep placeholders and "[missing: …]" markers; left out by default, as in the Word export. */
  keepPlaceholders?: boolean;
  /** The pack's cover (the visit's pack choice). */
  pack?: PackLayout;
}

/** A self-contained HTML page laid out for printing, and what a PDF of it should say about itself. */
export interface PrintDocument {
  html: string;
  title: string;
  subject: string;
  warnings: string[];
}

export type PrintableNote = Pick<Note, 'id' | 'title' | 'classification' | 'status' | 'programmeItemId'> & {
  content: NoteContent;
  clearance?: Note['clearance'];
};

function page(title: string, language: string, css: string, draft: boolean, body: string): string {
  return `<!doctype html>
<html lang="${html(language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self'">
<title>${html(title)}</title><style>${css}</style></head>
<body>${draft ? '<div class="watermark" aria-hidden="true">DRAFT</div>' : ''}${body}</body></html>`;
}

const label = (name: string, value: string) => `<p><b>${html(name)}:</b> ${html(value)}</p>`;

function htmlContext(
  fields: FieldContext,
  options: PrintOptions,
  warnings: string[],
  headingShift: number,
): HtmlContext {
  return { fields, warnings, headingShift, keepPlaceholders: options.keepPlaceholders };
}

/**
 * Meeting, time, place and participants (in the programme's order of precedence), once; a
 * cleared note's are the values it was cleared with, as in the Word export.
 */
function meetingBlock(fields: FieldContext): string {
  const value = (kind: Parameters<typeof resolveField>[0]) => resolveField(kind, fields);
  if (!fields.programmeItem) {
    return `<div class="labels">${label('Visit', value('visit.title') ?? '')}${label('Date', value('visit.dates') ?? '')}${label('Place', `${value('visit.city') ?? ''}, ${value('visit.hostCountry') ?? ''}`)}</div>`;
  }
  const who = participantLines(fields.programmeItem, fields.people, fields);
  const place = value('meeting.place');
  return `<div class="labels">${label('Meeting', value('meeting.title') ?? '')}${label('Time', value('meeting.time') ?? '')}${place ? label('Place', place) : ''}${
    who.length
      ? `<p><b>Participants (in order of precedence):</b></p><ul>${who.map((p) => `<li>${html(p)}</li>`).join('')}</ul>`
      : ''
  }</div>`;
}

function marking(name: string, value: string, draft: boolean): PageMarking {
  return { name, marking: value, draft };
}

/** One note, printed: the title block, then the note, its own marking on every page. */
export function printNote(note: PrintableNote, data: ExportData, options: PrintOptions): PrintDocument {
  const warnings: string[] = [];
  const fields = noteFields(note, data);
  warnUnfinished(note, fields, warnings);
  const draft = note.status !== 'cleared';
  const m = marking('note', note.classification, draft);
  const body = `<section class="page-note"><div class="doc-title">${html(note.title)}</div>${meetingBlock(fields)}${contentHtml(note.content, htmlContext(fields, options, warnings, 0))}</section>`;
  return {
    html: page(note.title, options.language, printCss(options.style, options.paper, [m], draft), draft, body),
    title: note.title,
    subject: data.visit.title,
    warnings: [...new Set(warnings)],
  };
}

function programmeTable(data: ExportData): string {
  const rows = data.programme
    .map((item) => {
      const when = formatMeetingTime(item, data.visit.timeZone, null);
      const who = participantLines(item, data.people)
        .map((p) => `<p>${html(p)}</p>`)
        .join('');
      return `<tr><td>${html(when)}</td><td>${html(item.title)}</td><td>${html(item.location ?? '')}</td><td>${who}</td></tr>`;
    })
    .join('');
  return `<table class="programme"><colgroup><col class="time"><col class="meeting"><col class="place"><col class="people"></colgroup><thead><tr><th>Time</th><th>Meeting</th><th>Place</th><th>Participants</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The briefing book laid out for print, in two steps: `printPack` builds every part once; `html`
 * writes the page with the contents' page numbers, which only a first rendering can tell.
 */
export interface PackPrint {
  title: string;
  subject: string;
  warnings: string[];
  /** The h1 headings of the page in order: contents, programme, then each brief. */
  headings: string[];
  html(startPages?: readonly number[]): string;
}

/**
 * The book as the Word pack has it: the notes in the order given (the visit's pack choice), each
 * brief from a new page under its own marking, the cover, contents and programme under the
 * highest marking in the book, DRAFT while anything is not cleared.
 */
export function printPack(notes: readonly PrintableNote[], data: ExportData, options: PrintOptions): PackPrint {
  const { visit } = data;
  const layout = options.pack ?? {};
  const warnings: string[] = [];
  const draft = notes.some((n) => n.status !== 'cleared');
  const date = layout.date ?? options.date ?? new Date().toISOString().slice(0, 10);
  const highest = highestMarking(options.classifications, [
    visit.classification,
    ...notes.map((n) => n.classification),
  ]);

  // One named page per marking: each brief's pages carry its own, the front matter the highest.
  const names = new Map<string, string>();
  const pageName = (m: string) => {
    let name = names.get(m);
    if (!name) names.set(m, (name = `m${names.size}`));
    return name;
  };
  const front = pageName(highest);
  const briefs = notes.map((note, i) => {
    const fields = noteFields(note, data);
    warnUnfinished(note, fields, warnings);
    const heading = `Brief ${i + 1} — ${note.title}`;
    const content = withoutTitleBlock(note.content, note.title);
    const body = contentHtml(content, htmlContext(fields, options, warnings, 1));
    return {
      heading,
      anchor: `brief-${i + 1}`,
      html: `<section class="page-${pageName(note.classification)}"><h1 id="brief-${i + 1}">${html(heading)}</h1>${fields.programmeItem ? meetingBlock(fields) : ''}${body}${
        i === notes.length - 1
          ? `<p class="sign-off">${html(options.style.department)} · ${html(formatDateRange(date, date))}</p>`
          : ''
      }</section>`,
    };
  });
  const markings = [...names].map(([m, name]) => marking(name, m, draft));
  const css = printCss(options.style, options.paper, markings, draft);
  const principal = data.people.find((p) => p.id === visit.principalId);
  const forWhom = layout.for ?? (principal ? nameWithTitle(principal, visit.startDate) : undefined);
  const notCleared = notes.filter((n) => n.status !== 'cleared');

  const cover = `<section class="page-${front} cover"><div class="doc-title">${html(visit.title)}</div>
<div class="subtitle">Briefing pack</div>
<p>${html(formatDateRange(visit.startDate, visit.endDate))} · ${html(visit.city)}, ${html(countryName(visit.hostCountry))}</p>
${forWhom ? `<p><b>For ${html(forWhom)}</b></p>` : ''}
${layout.reference ? `<p>Reference: ${html(layout.reference)}</p>` : ''}
<p>Date: ${html(formatDateRange(date, date))}</p>
${layout.preparedBy ? `<p>Prepared by ${html(layout.preparedBy)}</p>` : ''}
${options.style.department ? `<p>${html(options.style.department)}</p>` : ''}
${notCleared.length ? `<p class="draft-notice">DRAFT — not yet cleared:</p><ul>${notCleared.map((n) => `<li>${html(n.title)} (${html(n.status)})</li>`).join('')}</ul>` : ''}
</section>`;
  const programme = `<section class="page-${front}"><h1 id="programme">Programme</h1>${programmeTable(data)}</section>`;
  const entries = [{ heading: 'Programme', anchor: 'programme' }, ...briefs];

  return {
    title: `Briefing pack: ${visit.title}`,
    subject: visit.title,
    warnings: [...new Set(warnings)],
    headings: ['Contents', ...entries.map((e) => e.heading)],
    html(startPages) {
      // Entry i's page is the start of h1 number i + 1 (the contents' own heading is h1 number 0).
      const contents = `<section class="page-${front} contents"><h1>Contents</h1><ol>${entries
        .map(
          (e, i) =>
            `<li><a href="#${e.anchor}">${html(e.heading)}</a><span class="leader"></span><span class="page">${startPages?.[i + 1] ?? '00'}</span></li>`,
        )
        .join('')}</ol></section>`;
      return page(
        `Briefing pack: ${visit.title}`,
        options.language,
        css,
        draft,
        cover + contents + programme + briefs.map((b) => b.html).join(''),
      );
    },
  };
}
