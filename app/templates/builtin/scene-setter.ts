import type { NoteContent } from '../../domain/content';
import {
  bullets,
  classificationLine,
  document,
  field,
  heading,
  labelled,
  numbered,
  paragraph,
  prompt,
  table,
} from './nodes';

/** The principal's overview of the whole visit: why we go, what happens, what to say. */
export function sceneSetter(): NoteContent {
  return document(
    classificationLine(),
    heading('h1', 'Scene-setter: ', field('visit.title')),
    labelled('Dates', field('visit.dates')),
    labelled('Place', field('visit.city'), ', ', field('visit.hostCountry')),
    labelled('Principal', field('visit.principal')),
    labelled('Host', field('visit.counterpart')),
    heading('h2', 'Purpose of the visit'),
    paragraph(prompt('Two lines: why the visit takes place now, and what the principal must come away with.')),
    heading('h2', 'Programme at a glance'),
    table(
      ['Time', 'Meeting', 'Place'],
      [prompt('Day, time'), prompt('Call on / meeting with …'), prompt('Building, city')],
    ),
    heading('h2', 'Key messages'),
    bullets(prompt('Message one: one sentence the other side should repeat after the visit.'), prompt('Message two.')),
    heading('h2', 'Context'),
    bullets(prompt('The other side’s political situation in one line.'), prompt('Recent events that frame the visit.')),
    heading('h2', 'Bilateral relations'),
    heading('h3', 'Political'),
    bullets(prompt('Level of the relationship; last high-level visits, with dates.')),
    heading('h3', 'Trade and economic'),
    bullets(prompt('Trade volume and year; targets; main investments.')),
    heading('h3', 'Transport and logistics'),
    bullets(prompt('Routes, corridors, agreements in force or under negotiation.')),
    heading('h3', 'Cultural and humanitarian'),
    bullets(prompt('Education, culture, diaspora, consular matters.')),
    heading('h2', 'Issues to raise'),
    numbered(prompt('Issue, and the outcome we want.')),
    heading('h2', 'Defensive lines if raised'),
    bullets(prompt('If asked about …: the line to take, in one or two sentences.')),
    heading('h2', 'Dates and anniversaries'),
    bullets(prompt('Anniversaries in the year of the visit; the next high-level meetings.')),
  );
}
