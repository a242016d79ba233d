import type { NoteContent } from '../../domain/content';
import { countryName } from '../../domain/country';
import type { Note } from '../../domain/note';
import type { Person } from '../../domain/person';
import type { ProgrammeItem } from '../../domain/programme';
import { formatDateRange, formatMeetingTime, nameWithTitle } from '../../templates/fields';
import { packOrder, type ExportData } from '../document';
import type { WordStyle } from '../style';
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
}

/** A self-contained HTML page laid out for printing, and what a PDF of it should say about itself. */
export interface PrintDocument {
  html: string;
  title: string;
  subject: string;
  warnings: string[];
}

export type PrintableNote = Pick<
  Note,
  'id' | 'title' | 'classification' | 'status' | 'programmeItemId' | 'createdAt'
> & {
  content: NoteContent;
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
  data: ExportData,
  item: ProgrammeItem | undefined,
  warnings: string[],
  headingShift: number,
): HtmlContext {
  return { fields: { visit: data.visit, people: data.people, programmeItem: item ?? null }, warnings, headingShift };
}

function participants(data: ExportData, item: ProgrammeItem): string[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  return item.participants
    .map((id) => people.get(id))
    .filter((p): p is Person => !!p)
    .map((p) => nameWithTitle(p, item.start.slice(0, 10)));
}

/** Meeting, time, place and participants (in the programme's order of precedence), once. */
function meetingBlock(data: ExportData, item: ProgrammeItem | undefined): string {
  const { visit } = data;
  if (!item) {
    return `<div class="labels">${label('Visit', visit.title)}${label('Date', formatDateRange(visit.startDate, visit.endDate))}${label('Place', `${visit.city}, ${countryName(visit.hostCountry)}`)}</div>`;
  }
  const who = participants(data, item);
  return `<div class="labels">${label('Meeting', item.title)}${label('Date', formatMeetingTime(item, visit.timeZone))}${item.location ? label('Place', item.location) : ''}${who.length ? `<p><b>Participants:</b></p><ul>${who.map((p) => `<li>${html(p)}</li>`).join('')}</ul>` : ''}</div>`;
}

function marking(name: string, value: string, draft: boolean): PageMarking {
  return { name, marking: value, draft };
}

/** One note, printed: the title block, then the note, its own marking on every page. */
export function printNote(note: PrintableNote, data: ExportData, options: PrintOptions): PrintDocument {
  const warnings: string[] = [];
  const item = data.programme.find((p) => p.id === note.programmeItemId);
  const draft = note.status !== 'cleared';
  const m = marking('note', note.classification, draft);
  const body = `<section class="page-note"><div class="doc-title">${html(note.title)}</div>${meetingBlock(data, item)}${contentHtml(note.content, htmlContext(data, item, warnings, 0))}</section>`;
  return {
    html: page(note.title, options.language, printCss(options.style, options.paper, [m], draft), draft, body),
    title: note.title,
    subject: data.visit.title,
    warnings: [...new Set(warnings)],
  };
}

/** The highest of `markings` in the installation's order; one not on the list counts as highest. */
export function highestMarking(markings: readonly string[], order: readonly string[]): string {
  const rank = (m: string) => {
    const i = order.indexOf(m);
    return i < 0 ? order.length : i;
  };
  return markings.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

function programmeTable(data: ExportData): string {
  const rows = data.programme
    .map((item) => {
      const when = formatMeetingTime(item, data.visit.timeZone).replace(` (${data.visit.timeZone})`, '');
      const who = participants(data, item)
        .map((p) => `<p>${html(p)}</p>`)
        .join('');
      return `<tr><td>${html(when)}</td><td>${html(item.title)}</td><td>${html(item.location ?? '')}</td><td>${who}</td></tr>`;
    })
    .join('');
  return `<table class="programme"><colgroup><col class="time"><col class="meeting"><col class="place"><col class="people"></colgroup><thead><tr><th>Time</th><th>Meeting</th><th>Place</th><th>Participants</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The briefing book laid out for print, in two steps: `layout` builds every part once; `html`
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

export function printPack(notes: readonly PrintableNote[], data: ExportData, options: PrintOptions): PackPrint {
  const { visit } = data;
  const warnings: string[] = [];
  const ordered = packOrder(notes, data.programme);
  const draft = ordered.some((n) => n.status !== 'cleared');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const highest = highestMarking(
    [visit.classification, ...ordered.map((n) => n.classification)],
    options.classifications,
  );

  // One named page per marking: each brief's pages carry its own, the front matter the highest.
  const names = new Map<string, string>();
  const pageName = (m: string) => {
    let name = names.get(m);
    if (!name) names.set(m, (name = `m${names.size}`));
    return name;
  };
  const front = pageName(highest);
  const briefs = ordered.map((note, i) => {
    const item = data.programme.find((p) => p.id === note.programmeItemId);
    const heading = `Brief ${i + 1} — ${note.title}`;
    const body = contentHtml(note.content, htmlContext(data, item, warnings, 1));
    return {
      heading,
      anchor: `brief-${i + 1}`,
      html: `<section class="page-${pageName(note.classification)}"><h1 id="brief-${i + 1}">${html(heading)}</h1>${meetingBlock(data, item)}${body}${
        i === ordered.length - 1
          ? `<p class="sign-off">${html(options.style.department)} · ${html(formatDateRange(date, date))}</p>`
          : ''
      }</section>`,
    };
  });
  const markings = [...names].map(([m, name]) => marking(name, m, draft));
  const css = printCss(options.style, options.paper, markings, draft);
  const principal = data.people.find((p) => p.id === visit.principalId);
  const notCleared = ordered.filter((n) => n.status !== 'cleared');

  const cover = `<section class="page-${front} cover"><div class="doc-title">${html(visit.title)}</div>
<div class="subtitle">Briefing pack</div>
${principal ? `<p>For ${html(nameWithTitle(principal, visit.startDate))}</p>` : ''}
<p>${html(formatDateRange(visit.startDate, visit.endDate))} · ${html(visit.city)}, ${html(countryName(visit.hostCountry))}</p>
<p>Prepared by ${html(options.style.department)} · ${html(formatDateRange(date, date))}</p>
${notCleared.length ? `<p class="draft-notice">DRAFT — not cleared:</p><ul>${notCleared.map((n) => `<li>${html(n.title)}</li>`).join('')}</ul>` : ''}
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
