import type { NoteContent } from '../../domain/content';
import { classificationLine, document, field, heading, labelled, numbered, paragraph, prompt } from './nodes';

/** Numbered points the principal reads out: short sentences in the first person. */
export function talkingPoints(): NoteContent {
  return document(
    classificationLine(),
    heading('h1', 'Talking points: ', field('meeting.title')),
    labelled('For', field('visit.principal')),
    labelled('Date and time', field('meeting.time')),
    labelled('Place', field('meeting.place')),
    paragraph(prompt('Short sentences, in the principal’s own voice. One point per number.')),
    numbered(
      ['Thank you for receiving me in ', field('visit.city'), '.'],
      prompt('I would like to …'),
      prompt('We propose …'),
      prompt('I look forward to …'),
    ),
    heading('h2', 'If raised'),
    numbered(prompt('On …: we …')),
  );
}
