import { describe, expect, it } from 'vitest';
import { fieldsMatching, matchFieldTrigger } from './fieldMenu';

describe('the field menu trigger', () => {
  it('opens on "/" or "{" at the start of a word, with what follows as the query', () => {
    expect(matchFieldTrigger('/')).toMatchObject({ leadOffset: 0, matchingString: '', replaceableString: '/' });
    expect(matchFieldTrigger('Meet at {meeting t')).toMatchObject({
      leadOffset: 8,
      matchingString: 'meeting t',
      replaceableString: '{meeting t',
    });
  });

  it('stays closed inside words and dates, and after two spaces', () => {
    expect(matchFieldTrigger('and/or')).toBeNull();
    expect(matchFieldTrigger('2021/22')).toBeNull();
    expect(matchFieldTrigger('/meeting  ')).toBeNull();
  });
});

describe('the fields offered', () => {
  it('match every word of the query in the label, in any case and order', () => {
    expect(fieldsMatching('time meet')).toEqual(['meeting.time']);
    expect(fieldsMatching('COUNTRY')).toEqual(['visit.hostCountry', 'visit.guestCountry']);
    expect(fieldsMatching('')).toHaveLength(12);
    expect(fieldsMatching('zebra')).toEqual([]);
  });
});
