import type { NoteContent } from '../../domain/content';
import { bullets, checklist, classificationLine, document, field, heading, labelled, paragraph, prompt } from './nodes';

/** What was said in a meeting, summary first, with the follow-up each owner must deliver. */
export function recordOfConversation(): NoteContent {
  return document(
    classificationLine(),
    heading('h1', 'Record of conversation: ', field('meeting.title')),
    labelled('Date and time', field('meeting.time')),
    labelled('Place', field('meeting.place')),
    labelled('Participants', field('meeting.participants')),
    labelled('Record taken by', prompt('name, title')),
    heading('h2', 'Summary'),
    paragraph(prompt('Three lines: the outcome of the meeting and what was agreed.')),
    heading('h2', 'Detail'),
    heading('h3', prompt('Topic')),
    bullets(prompt('What each side said, in reported speech.')),
    heading('h2', 'Follow-up actions'),
    checklist(prompt('Action — owner: name, department — by: date')),
  );
}
