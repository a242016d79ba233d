import type { NoteContent, SerializedNode } from '../domain/content';
import type { InterchangeJson } from '../interchange/format';

type Block = SerializedNode;

const text = (t: string, format = 0): Block => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const p = (...children: Block[]): Block => ({ type: 'paragraph', ...el, children });
const h = (tag: 'h1' | 'h2' | 'h3', t: string): Block => ({ type: 'heading', tag, ...el, children: [text(t)] });
const field = (
  f:
    | 'visit.title'
    | 'visit.dates'
    | 'visit.city'
    | 'classification'
    | 'meeting.title'
    | 'meeting.time'
    | 'meeting.place'
    | 'meeting.participants',
): Block => ({
  type: 'field',
  version: 1,
  field: f,
});
const list = (listType: 'bullet' | 'number', items: string[]): Block => ({
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  ...el,
  children: items.map((t, i) => ({ type: 'listitem', value: i + 1, ...el, children: [text(t)] })),
});
const doc = (...children: Block[]): NoteContent => ({ root: { type: 'root', ...el, children } });

/** Two short notes written from the facts of the press release (domain.md). */
export function demoNotes(): NonNullable<InterchangeJson['notes']> {
  return [
    {
      id: 'demo-note-scene-setter',
      title: 'Scene-setter: official visit to Ankara',
      template: 'scene-setter',
      status: 'review',
      classification: 'OFFICIAL',
      content: doc(
        h('h1', 'Scene-setter'),
        p(field('visit.title'), text(' — '), field('visit.dates'), text(', '), field('visit.city')),
        h('h2', 'Purpose of the visit'),
        p(
          text(
            'Confirm the strategic partnership at its 30th anniversary and invite President Erdoğan to the informal Summit of the Cooperation Council of Turkic-speaking States (31 March, Turkestan).',
          ),
        ),
        h('h2', 'Key messages'),
        list('bullet', [
          'Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.',
          'Turkey was one of the first to recognise the independence of Kazakhstan.',
          'Bilateral trade stayed above $3 billion despite the pandemic; the aim is $10 billion.',
        ]),
        h('h2', 'Dates and anniversaries'),
        list('bullet', [
          '30th anniversary of independence this year.',
          '30th anniversary of diplomatic relations next year.',
        ]),
      ),
    },
    {
      id: 'demo-note-oktay-brief',
      title: 'Meeting brief: Vice-President Fuat Oktay',
      template: 'meeting-brief',
      programmeItemId: 'demo-item-oktay',
      status: 'draft',
      classification: 'OFFICIAL',
      content: doc(
        h('h1', 'Meeting brief'),
        p(text('Meeting: ', 1), field('meeting.title')),
        p(text('Date and time: ', 1), field('meeting.time')),
        p(text('Place: ', 1), field('meeting.place')),
        p(text('Participants: ', 1), field('meeting.participants')),
        h('h2', 'Our objectives'),
        list('number', [
          'Agree the preparations for the 12th meeting of the intergovernmental commission.',
          'Confirm its co-chairs: Prime Minister A. Mamin and Vice-President F. Oktay.',
        ]),
        h('h2', 'Points to make'),
        list('bullet', [
          'Kazakhstan values the growing role of Nur-Sultan and Ankara in regional and global politics.',
          'We propose to set the date of the commission before the summer.',
        ]),
      ),
    },
  ];
}
