import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import { formatMeetingTime, nameWithTitle, resolveField, type FieldContext } from '../templates/fields';
import { paragraph, paragraphStyle, runProperties, textRun, xmlText } from './wordml';

/**
 * The WordprocessingML a pack writes around its notes: each brief's heading (a bookmark the
 * contents link to) and meeting block, and the contents itself.
 */

/** The bookmark at the start of brief `n` (1-based); "_" keeps it out of Word's bookmark list. */
export const briefBookmark = (n: number) => `_Brief${n}`;
export const PROGRAMME_BOOKMARK = '_Programme';

const BOLD = runProperties({ bold: true });

/** A Heading 1 paragraph holding a bookmark of its whole text. */
export function bookmarkedHeading(text: string, bookmark: string, id: number, pageBreakBefore = false): string {
  return paragraph(
    paragraphStyle('Heading1') + (pageBreakBefore ? '<w:pageBreakBefore/>' : ''),
    `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${textRun(text)}<w:bookmarkEnd w:id="${id}"/>`,
  );
}

const SPACING = '<w:spacing w:after="40"/>';

function labelled(label: string, value: string): string {
  return paragraph(SPACING, textRun(`${label}: `, BOLD) + textRun(value));
}

/** The people of a meeting in the order the programme lists them (order of precedence). */
export function participants(item: ProgrammeItem, people: readonly Person[]): Person[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return item.participants.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
}

/**
 * A meeting's participants as a brief lists them, "Name, Title" (the title held that day), in the
 * programme's order of precedence; a cleared brief's are the ones it was cleared with.
 */
export function participantLines(item: ProgrammeItem, people: readonly Person[], fields?: FieldContext): string[] {
  const frozen = fields?.frozen?.['meeting.participants'];
  if (frozen !== undefined) return (frozen ?? '').split('; ').filter(Boolean);
  return participants(item, people).map((p) => nameWithTitle(p, item.start.slice(0, 10)));
}

/** Time, place and participants (one a line, the title in force that day), once per brief. */
export function meetingBlock(
  item: ProgrammeItem,
  people: readonly Person[],
  timeZone: string,
  fields?: FieldContext,
): string {
  // A cleared brief reads the values it was cleared with (frozen fields), the others the programme's.
  const value = (kind: 'meeting.title' | 'meeting.time' | 'meeting.place') =>
    fields ? resolveField(kind, fields) : undefined;
  let xml =
    labelled('Meeting', value('meeting.title') ?? item.title) +
    labelled('Time', value('meeting.time') ?? formatMeetingTime(item, timeZone, undefined));
  const place = fields ? value('meeting.place') : item.location;
  if (place) xml += labelled('Place', place);
  const names = participantLines(item, people, fields);
  if (names.length) {
    xml += paragraph(SPACING, textRun('Participants (in order of precedence):', BOLD));
    for (const name of names) xml += paragraph(`${SPACING}<w:ind w:left="360"/>`, textRun(name));
  }
  return xml + paragraph('<w:spacing w:after="240"/>', '');
}

export interface ContentsEntry {
  text: string;
  bookmark: string;
  /** The page the entry starts on, as estimated: PAGEREF's cached value. */
  page: number;
}

/**
 * One line of the contents: a link to the bookmark, a dotted tab and a PAGEREF field whose cached
 * value is the estimated page. Word shows the cached value (and never asks to update fields, as
 * it does for a TOC field the document asks it to refresh); LibreOffice computes the reference
 * from its own layout; in Word, F9 recomputes it.
 */
export function contentsEntry(entry: ContentsEntry, textWidth: number): string {
  const properties = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidth}"/></w:tabs><w:spacing w:after="80"/>`;
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> PAGEREF ${entry.bookmark} \\h </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    `<w:r><w:t>${entry.page}</w:t></w:r>` +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return paragraph(
    properties,
    `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">${textRun(entry.text)}<w:r><w:tab/></w:r>${field}</w:hyperlink>`,
  );
}

/** The heading of the contents page: styled like a heading but not itself in the outline. */
export function contentsHeading(text: string): string {
  return paragraph(paragraphStyle('ContentsHeading'), `<w:r><w:t>${xmlText(text)}</w:t></w:r>`);
}
