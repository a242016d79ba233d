import type { NoteContent } from '../../../app/domain/content';
import { BUILT_IN_TEMPLATES_CATALOGUE } from '../../../app/templates/catalogue';

/** One entry of the "New note" template list: blank, built-in, or the user's own. */
export interface TemplateChoice {
  /** '' for a blank note, else the template id the note is created with. */
  id: string;
  name: string;
  description: string;
  kind: 'blank' | 'built-in' | 'user';
  /** Offered first for a note about one meeting. */
  forMeeting: boolean;
  content: NoteContent | null;
}

export const BLANK_CHOICE: TemplateChoice = {
  id: '',
  name: 'Blank note',
  description: 'An empty page.',
  kind: 'blank',
  forMeeting: false,
  content: null,
};

export function templateChoices(
  userTemplates: readonly { id: string; name: string; description: string; content: NoteContent }[],
): TemplateChoice[] {
  return [
    BLANK_CHOICE,
    ...BUILT_IN_TEMPLATES_CATALOGUE.map((t): TemplateChoice => ({
      id: t.id,
      name: t.name,
      description: t.description,
      kind: 'built-in',
      forMeeting: t.scope === 'meeting',
      content: t.content,
    })),
    ...userTemplates.map((t): TemplateChoice => ({
      id: t.id,
      name: t.name,
      description: t.description,
      kind: 'user',
      forMeeting: false,
      content: t.content,
    })),
  ];
}

/** "Meeting brief: Meeting with Vice-President Fuat Oktay": what the note is, then what about. */
export function suggestedTitle(choice: TemplateChoice, subject: string): string {
  if (choice.kind === 'blank') return '';
  return `${choice.name}: ${subject}`.slice(0, 300);
}
