import type {
  NoteContent,
  SerializedHeading,
  SerializedLink,
  SerializedList,
  SerializedListItem,
  SerializedNode,
  SerializedParagraph,
  SerializedTable,
  SerializedText,
} from '../../app/domain/content';

/** Builders for note content as Lexical serialises it: for seeding screenshots and benchmarks. */
const element = { direction: 'ltr' as const, format: '', indent: 0, version: 1 };

export function text(value: string, format = 0): SerializedText {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

type Inline = string | SerializedText | SerializedLink;
const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? text(p) : p));

export function paragraph(...parts: Inline[]): SerializedParagraph {
  return { ...element, type: 'paragraph', children: inline(parts) };
}

export function heading(tag: 'h1' | 'h2' | 'h3', value: string): SerializedHeading {
  return { ...element, type: 'heading', tag, children: [text(value)] };
}

export function link(url: string, value: string): SerializedLink {
  return { ...element, type: 'link', url, rel: null, target: null, title: null, children: [text(value)] };
}

export function list(listType: 'bullet' | 'number' | 'check', items: (string | [string, boolean])[]): SerializedList {
  const children: SerializedListItem[] = items.map((item, i) => {
    const [value, checked] = typeof item === 'string' ? [item, undefined] : item;
    return {
      ...element,
      type: 'listitem',
      value: i + 1,
      ...(listType === 'check' ? { checked: !!checked } : {}),
      children: [text(value)],
    };
  });
  return { ...element, type: 'list', listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children };
}

export function table(rows: string[][]): SerializedTable {
  return {
    ...element,
    type: 'table',
    children: rows.map((cells, r) => ({
      ...element,
      type: 'tablerow',
      children: cells.map((c) => ({
        ...element,
        type: 'tablecell',
        headerState: r === 0 ? 1 : 0,
        colSpan: 1,
        rowSpan: 1,
        backgroundColor: null,
        children: [paragraph(c)],
      })),
    })),
  };
}

export function note(...children: SerializedNode[]): NoteContent {
  return { root: { ...element, type: 'root', children } };
}

/** A scene-setter for the demo visit, with every kind of block the editor offers. */
export function demoSceneSetter(): NoteContent {
  return note(
    heading('h1', 'Purpose of the visit'),
    paragraph(
      'Deliver the First President’s invitation to the informal Summit of the Cooperation Council of Turkic-speaking States (31 March, Turkestan) and a personal message from President Tokayev. ',
      text('Bottom line:', 1),
      ' confirm Turkey as “an important, strategic and reliable partner of Kazakhstan on the Eurasian continent”.',
    ),
    heading('h2', 'Key messages'),
    list('bullet', [
      'Relations are at the level of strategic partnership.',
      'Bilateral trade is above $3 billion despite the pandemic; the shared aim is $10 billion.',
      '30th anniversary of independence this year; 30th anniversary of diplomatic relations next year.',
    ]),
    heading('h2', 'Programme at a glance'),
    table([
      ['When', 'Meeting', 'Lead'],
      ['4 March, 10:00', 'Call on President Erdoğan', 'Minister'],
      ['4 March, 15:00', '6th Joint Strategic Planning Group', 'Both ministers'],
      ['5 March, 09:30', 'Meeting with Vice-President Fuat Oktay', 'Minister'],
    ]),
    heading('h3', 'Background'),
    paragraph(
      'Turkey was one of the first countries to recognise Kazakhstan’s independence. Source: ',
      link('https://www.gov.kz/memleket/entities/mfa', 'Ministry of Foreign Affairs press release'),
      '.',
    ),
    heading('h2', 'Follow-up actions'),
    list('check', [
      ['Send the summit invitation text to the Turkish side', true],
      ['Agree the date of the 12th intergovernmental commission', false],
    ]),
  );
}

/** A short meeting brief, cleared in the screenshots. */
export function demoMeetingBrief(): NoteContent {
  return note(
    heading('h1', 'Call on President Erdoğan'),
    paragraph(
      text('Objective: ', 1),
      'deliver the invitation to the informal Summit in Turkestan and a personal message from President Tokayev.',
    ),
    heading('h2', 'Points to make'),
    list('number', [
      'Kazakhstan values Turkey as a strategic and reliable partner.',
      'We would welcome the President in Turkestan on 31 March.',
      'Both sides aim to raise bilateral trade from $3 billion to $10 billion.',
    ]),
    heading('h2', 'Press line'),
    paragraph('The ministers discussed the full range of bilateral cooperation and preparations for the summit.'),
  );
}

/** A long note (~`paragraphs` paragraphs, about 50 pages at 1,500) for the editor benchmark. */
export function longNote(paragraphs: number): NoteContent {
  const children: SerializedNode[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 30 === 0) children.push(heading('h2', `Section ${i / 30 + 1}`));
    else
      children.push(
        paragraph(
          `Paragraph ${i}: bilateral trade, transport and logistics, cultural and humanitarian cooperation were discussed at length by both delegations.`,
        ),
      );
  }
  return note(...children);
}
