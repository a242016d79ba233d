import type { NoteContent, SerializedNode } from '../domain/content';
import type { PackChoiceInput } from '../domain/pack';
import type { InterchangeJson } from '../interchange/format';
import {
  bold,
  bullets,
  checklist,
  document,
  field,
  heading,
  labelled,
  numbered,
  paragraph,
} from '../templates/builtin/nodes';

/**
 * The demo briefing book, written only from the press release (domain.md) and the public record
 * (offices held and their dates). Some notes are cleared and some are not, so the pack shows its
 * DRAFT marking, and the record of conversation is RESTRICTED, so the pack shows a brief marked
 * higher than the visit.
 */
type Notes = NonNullable<InterchangeJson['notes']>;
const h2 = (t: string) => heading('h2', t);
const h3 = (t: string) => heading('h3', t);
const p = (t: string) => paragraph(t);
const doc = (...blocks: SerializedNode[]): NoteContent => document(...blocks);

const sceneSetter: Notes[number] = {
  id: 'demo-note-scene-setter',
  title: 'Scene-setter: official visit to Ankara',
  template: 'scene-setter',
  status: 'review',
  classification: 'OFFICIAL',
  content: doc(
    h2('Purpose of the visit'),
    p(
      'Confirm the strategic partnership at its 30th anniversary and invite President Erdoğan to the informal Summit of the Cooperation Council of Turkic-speaking States (31 March, Turkestan).',
    ),
    h2('Programme at a glance'),
    bullets(
      'Call on President Recep Tayyip Erdoğan: the First President’s invitation to the informal summit and a personal message from President Tokayev.',
      '6th meeting of the Joint Strategic Planning Group, chaired by the two foreign ministers.',
      'Meeting with Vice-President Fuat Oktay: preparations for the 12th meeting of the intergovernmental commission.',
    ),
    h2('Key messages'),
    bullets(
      'Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.',
      'Turkey was one of the first to recognise the independence of Kazakhstan.',
      'Bilateral trade stayed above $3 billion despite the pandemic; the aim is $10 billion.',
    ),
    h2('Context'),
    p(
      'The visit takes place at the invitation of the Minister of Foreign Affairs of Turkey, Mevlüt Çavuşoğlu, before the informal Summit of the Cooperation Council of Turkic-speaking States on 31 March in Turkestan. Relations are at the level of strategic partnership, and the role of Nur-Sultan and Ankara in regional and global politics is growing.',
    ),
    h2('Bilateral relations'),
    h3('Political'),
    p(
      'Regular contact at the highest level; the Joint Strategic Planning Group of the two foreign ministers meets for the 6th time.',
    ),
    h3('Trade and economic'),
    p(
      'Trade above $3 billion despite the pandemic, with the stated intention to reach $10 billion. See the background note.',
    ),
    h3('Transport and logistics; cultural and humanitarian'),
    p('Both are on the agenda of the Joint Strategic Planning Group.'),
    h2('Dates and anniversaries'),
    bullets('30th anniversary of independence this year.', '30th anniversary of diplomatic relations next year.'),
  ),
};

const erdoganBrief: Notes[number] = {
  id: 'demo-note-erdogan-brief',
  title: 'Meeting brief: Call on President Erdoğan',
  template: 'meeting-brief',
  programmeItemId: 'demo-item-erdogan',
  status: 'cleared',
  classification: 'OFFICIAL',
  content: doc(
    h2('Our objectives'),
    numbered(
      'Deliver the invitation of the First President, Nursultan Nazarbayev, to the informal Summit of the Cooperation Council of Turkic-speaking States on 31 March in Turkestan.',
      'Hand over the personal message of President Kassym-Jomart Tokayev.',
      'Confirm the strategic partnership in the year of the 30th anniversary of independence.',
    ),
    h2('Points to make'),
    bullets(
      'Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.',
      'Kazakhstan remembers that Turkey was one of the first to recognise its independence.',
      'The First President looks forward to welcoming President Erdoğan in Turkestan on 31 March.',
      'Trade held above $3 billion despite the pandemic; together we aim for $10 billion.',
    ),
    h2('Press line'),
    p(
      'The Deputy Prime Minister – Minister of Foreign Affairs conveyed the invitation to the informal summit in Turkestan and a personal message from President Tokayev.',
    ),
    h2('Background'),
    h3('May be said'),
    bullets(
      '30th anniversary of independence this year; 30th anniversary of diplomatic relations next year.',
      'Relations are at the level of strategic partnership.',
    ),
  ),
};

const jspgBrief: Notes[number] = {
  id: 'demo-note-jspg-brief',
  title: 'Meeting brief: 6th meeting of the Joint Strategic Planning Group',
  template: 'meeting-brief',
  programmeItemId: 'demo-item-jspg',
  status: 'review',
  classification: 'OFFICIAL',
  content: doc(
    h2('Our objectives'),
    numbered(
      'Review cooperation in the four areas of the Group: political; trade and economic; transport and logistics; cultural and humanitarian.',
      'Confirm the path from trade above $3 billion towards $10 billion.',
      'Prepare the ground for the informal summit on 31 March and for the 12th intergovernmental commission.',
    ),
    h2('Points to make'),
    p('See the talking points for the meeting (next brief).'),
    h2('Their likely objectives'),
    bullets('The Minister of Foreign Affairs of Turkey co-chairs the Group and sets the Turkish side’s agenda.'),
    h2('Background'),
    bullets(
      'The Group is chaired by the two ministers of foreign affairs; this is its 6th meeting.',
      'Relations are at the level of strategic partnership.',
    ),
  ),
};

const jspgPoints: Notes[number] = {
  id: 'demo-note-jspg-points',
  title: 'Talking points: Joint Strategic Planning Group',
  template: 'talking-points',
  programmeItemId: 'demo-item-jspg',
  status: 'draft',
  classification: 'OFFICIAL',
  content: doc(
    numbered(
      'Thank you for your invitation and your hospitality in Ankara.',
      'Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.',
      'We do not forget that Turkey was one of the first to recognise our independence.',
      'This year we mark 30 years of independence; next year, 30 years of diplomatic relations.',
      'Despite the pandemic, our trade stayed above $3 billion. Let us set our sights on $10 billion.',
      'Transport and logistics link our economies across the Eurasian continent: let this Group keep them on its agenda.',
      'Cultural and humanitarian ties bring our peoples together: we value them as much as trade.',
      'The roles of Nur-Sultan and Ankara in regional and global politics are growing: let us coordinate.',
      'We look forward to President Erdoğan’s participation in the informal summit in Turkestan on 31 March.',
      'The 12th intergovernmental commission, under Prime Minister Askar Mamin and Vice-President Fuat Oktay, will carry this work forward.',
    ),
  ),
};

const oktayBrief: Notes[number] = {
  id: 'demo-note-oktay-brief',
  title: 'Meeting brief: Vice-President Fuat Oktay',
  template: 'meeting-brief',
  programmeItemId: 'demo-item-oktay',
  status: 'draft',
  classification: 'OFFICIAL',
  content: doc(
    heading('h1', 'Meeting brief'),
    labelled('Meeting', field('meeting.title')),
    labelled('Date and time', field('meeting.time')),
    labelled('Place', field('meeting.place')),
    labelled('Participants', field('meeting.participants')),
    h2('Our objectives'),
    numbered(
      'Agree the preparations for the 12th meeting of the intergovernmental commission.',
      'Confirm its co-chairs: Prime Minister A. Mamin and Vice-President F. Oktay.',
    ),
    h2('Points to make'),
    bullets(
      'Kazakhstan values the growing role of Nur-Sultan and Ankara in regional and global politics.',
      'We propose to set the date of the commission before the summer.',
    ),
    h2('Background'),
    bullets(
      'Bilateral trade stayed above $3 billion despite the pandemic; the aim is $10 billion.',
      'The commission carries the economic agenda agreed by the Joint Strategic Planning Group.',
    ),
  ),
};

const bio = (
  id: string,
  name: string,
  current: string,
  posts: string[],
  interest: string[],
  status: 'cleared' | 'review' | 'draft' = 'cleared',
): Notes[number] => ({
  id,
  title: `Biographical note: ${name}`,
  template: 'biographical-note',
  status,
  classification: 'OFFICIAL',
  content: doc(
    paragraph(bold('Name: '), name),
    paragraph(bold('Current title: '), current),
    h2('Previous posts'),
    bullets(...posts),
    h2('Points of interest for this visit'),
    bullets(...interest),
  ),
});

const erdoganBio = bio(
  'demo-note-bio-erdogan',
  'Recep Tayyip Erdoğan',
  'President of the Republic of Turkey (since 28 August 2014)',
  ['Prime Minister of Turkey, 14 March 2003 – 28 August 2014.', 'Mayor of Istanbul, 1994–1998.'],
  [
    'Receives the Deputy Prime Minister – Minister of Foreign Affairs on the first day of the visit.',
    'Invited by the First President of Kazakhstan to the informal summit in Turkestan on 31 March.',
  ],
);

const cavusogluBio = bio(
  'demo-note-bio-cavusoglu',
  'Mevlüt Çavuşoğlu',
  'Minister of Foreign Affairs of the Republic of Turkey (since 24 November 2015; previously 29 August 2014 – 28 August 2015)',
  [
    'Minister for European Union Affairs and Chief Negotiator, 2013–2014.',
    'President of the Parliamentary Assembly of the Council of Europe, 2010–2012.',
    'Member of the Grand National Assembly of Turkey for Antalya since 2002.',
  ],
  [
    'Host of the visit: the invitation came from him.',
    'Co-chairs the Joint Strategic Planning Group with the Deputy Prime Minister – Minister of Foreign Affairs.',
  ],
);

const oktayBio = bio(
  'demo-note-bio-oktay',
  'Fuat Oktay',
  'Vice-President of the Republic of Turkey (since 9 July 2018)',
  [
    'Undersecretary of the Prime Ministry, 2016–2018.',
    'President of the Disaster and Emergency Management Authority (AFAD), 2012–2016.',
  ],
  ['Co-chair, with Prime Minister Askar Mamin, of the 12th meeting of the intergovernmental commission.'],
  'review',
);

const tradeNote: Notes[number] = {
  id: 'demo-note-trade',
  title: 'Background note: trade and economic relations',
  template: 'background-note',
  status: 'review',
  classification: 'OFFICIAL',
  content: doc(
    h2('Summary'),
    p(
      'Bilateral trade stayed above $3 billion despite the pandemic. Both sides state the intention to reach $10 billion. The economic agenda is carried by the Joint Strategic Planning Group of the foreign ministers and by the intergovernmental commission, whose 12th meeting is being prepared.',
    ),
    h2('Facts and dates'),
    bullets(
      'Trade: above $3 billion despite the pandemic; aim: $10 billion.',
      'Relations at the level of strategic partnership.',
      'Intergovernmental commission: 12th meeting to be co-chaired by Prime Minister Askar Mamin and Vice-President Fuat Oktay.',
      'Joint Strategic Planning Group: 6th meeting during this visit; its agenda covers trade and economic, and transport and logistics cooperation.',
    ),
    h2('Sources'),
    p('Press release of the Ministry of Foreign Affairs of Kazakhstan on the visit (2021).'),
  ),
};

const record: Notes[number] = {
  id: 'demo-note-record-erdogan',
  title: 'Record of conversation: call on President Erdoğan',
  template: 'record-of-conversation',
  programmeItemId: 'demo-item-erdogan',
  status: 'draft',
  classification: 'RESTRICTED',
  content: doc(
    h2('Summary'),
    p(
      'The Deputy Prime Minister – Minister of Foreign Affairs conveyed to President Erdoğan the invitation of the First President, Nursultan Nazarbayev, to the informal Summit of the Cooperation Council of Turkic-speaking States on 31 March in Turkestan, and a personal message from President Kassym-Jomart Tokayev.',
    ),
    h2('Detail'),
    h3('Bilateral relations'),
    p(
      'Turkey was described as an important, strategic and reliable partner of Kazakhstan on the Eurasian continent. The 30th anniversary of independence this year and of diplomatic relations next year were recalled.',
    ),
    h3('Trade'),
    p('Trade above $3 billion despite the pandemic, and the aim of $10 billion, were noted.'),
    h2('Follow-up actions'),
    checklist(
      'Follow the reply to the invitation to the informal summit of 31 March.',
      'Reflect the call in the preparations for the 12th intergovernmental commission.',
    ),
  ),
};

/** The briefing book of the demo visit. */
export function demoNotes(): Notes {
  return [
    sceneSetter,
    erdoganBrief,
    jspgBrief,
    jspgPoints,
    oktayBrief,
    erdoganBio,
    cavusogluBio,
    oktayBio,
    tradeNote,
    record,
  ];
}

/** The demo pack: the book in the order a private office reads it, drafts in. */
export const demoPack: PackChoiceInput = {
  noteIds: demoNotes().map((n) => n.id),
  includeDrafts: true,
  cover: {},
  numberedParagraphs: false,
};
