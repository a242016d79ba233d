import type { NoteContent } from '../../domain/content';
import { bullets, classificationLine, document, field, heading, labelled, numbered, paragraph, prompt } from './nodes';

/** One brief per meeting: objectives and points to make first, background last. */
export function meetingBrief(): NoteContent {
  return document(
    classificationLine(),
    heading('h1', 'Meeting brief: ', field('meeting.title')),
    labelled('Meeting', field('meeting.title')),
    labelled('Date and time', field('meeting.time')),
    labelled('Place', field('meeting.place')),
    labelled('Participants (in order of precedence)', field('meeting.participants')),
    labelled('Visit', field('visit.title')),
    heading('h2', 'Our objectives'),
    numbered(prompt('What we want from this meeting, most important first.')),
    heading('h2', 'Points to make'),
    bullets(prompt('Short points, in the order the principal should make them.')),
    heading('h2', 'Their likely objectives'),
    bullets(prompt('What the other side will ask for or raise.')),
    heading('h2', 'Our response'),
    bullets(prompt('For each of their objectives: what we can say or offer.')),
    heading('h2', 'Press line'),
    paragraph(prompt('Two sentences the principal may give to the press after the meeting.')),
    heading('h3', 'Defensive line'),
    paragraph(prompt('If asked about …: the line to take.')),
    heading('h2', 'Background'),
    heading('h3', 'May be said'),
    bullets(prompt('Facts and dates the principal may use in the meeting.')),
    heading('h3', 'Not for disclosure'),
    bullets(prompt('Facts for the principal’s information only: not to be used with the other side.')),
    heading('h2', 'Annex: biographical notes'),
    paragraph(prompt('One short note per participant of the other side, in order of precedence.')),
  );
}
