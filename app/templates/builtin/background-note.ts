import type { NoteContent } from '../../domain/content';
import { bullets, classificationLine, document, field, heading, labelled, numbered, paragraph, prompt } from './nodes';

/** One topic, in facts and dates the principal can rely on. */
export function backgroundNote(): NoteContent {
  return document(
    classificationLine(),
    heading('h1', 'Background note: ', prompt('topic')),
    labelled('Visit', field('visit.title')),
    labelled('Dates', field('visit.dates')),
    heading('h2', 'Summary'),
    paragraph(prompt('Two or three lines: what the principal needs to know about the topic.')),
    heading('h2', 'Facts and dates'),
    bullets(prompt('Date: fact. One fact per line, newest last.')),
    heading('h2', 'Sources'),
    numbered(prompt('Source, date.')),
  );
}
