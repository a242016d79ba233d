import type { NoteContent } from '../../domain/content';
import { bullets, classificationLine, document, field, heading, labelled, paragraph, prompt } from './nodes';

/** Who the principal will meet: how to address them and what they care about. */
export function biographicalNote(): NoteContent {
  return document(
    classificationLine(),
    // Whom the note is about, in their own script too; the counterpart by default (replace the field
    // with a person field for anyone else).
    heading('h1', 'Biographical note: ', field('visit.counterpart.name.native')),
    labelled('Visit', field('visit.title')),
    labelled('Dates', field('visit.dates')),
    heading('h2', 'Name and form of address'),
    paragraph(prompt('Full name as the person writes it; how to address them in conversation and in writing.')),
    heading('h2', 'Current title'),
    paragraph(prompt('Title and organisation on the date of the visit; in post since (month, year).')),
    heading('h2', 'Previous posts'),
    bullets(prompt('Year–year: post, organisation.')),
    heading('h2', 'Languages'),
    paragraph(prompt('Languages spoken; whether an interpreter is needed.')),
    heading('h2', 'Family'),
    paragraph(prompt('Only where relevant to the visit.')),
    heading('h2', 'Previous meetings with our side'),
    bullets(prompt('Date, place, with whom; what was agreed.')),
    heading('h2', 'Points of interest'),
    bullets(prompt('Interests, sensitivities, anything that helps the conversation.')),
  );
}
