import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../app/domain/content';
import { BLANK_CHOICE, suggestedTitle, templateChoices } from './templateChoices';

describe('the templates offered for a new note', () => {
  it('are blank, the six built-in ones, then the user’s own', () => {
    const choices = templateChoices([
      { id: 'template_1', name: 'Call note', description: '', content: emptyContent() },
    ]);
    expect(choices.map((c) => c.kind)).toEqual(['blank', ...Array<string>(6).fill('built-in'), 'user']);
    expect(choices.filter((c) => c.forMeeting).map((c) => c.id)).toEqual([
      'meeting-brief',
      'talking-points',
      'record-of-conversation',
    ]);
  });

  it('suggest a title naming the template and its subject, none for a blank note', () => {
    const brief = templateChoices([]).find((c) => c.id === 'meeting-brief')!;
    expect(suggestedTitle(brief, 'Meeting with Vice-President Fuat Oktay')).toBe(
      'Meeting brief: Meeting with Vice-President Fuat Oktay',
    );
    expect(suggestedTitle(BLANK_CHOICE, 'Anything')).toBe('');
  });
});
