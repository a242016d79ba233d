import { describe, expect, it } from 'vitest';
import { fieldChoices, fieldsMatching, matchFieldTrigger } from './fieldMenu';

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
    expect(fieldsMatching('')).toHaveLength(18);
    expect(fieldsMatching('zebra')).toEqual([]);
  });
});

describe('the order of the fields offered', () => {
  it('puts labels starting with the query first, then word starts, then the rest', () => {
    // "{coun": Counterpart, not Host country, is what Enter inserts.
    expect(fieldsMatching('coun')).toEqual([
      'visit.counterpart',
      'visit.counterpart.name',
      'visit.counterpart.title',
      'visit.counterpart.name.native',
      'visit.hostCountry',
      'visit.guestCountry',
    ]);
    expect(fieldsMatching('time')[0]).toBe('meeting.time');
    expect(fieldsMatching('name')).toEqual([
      'visit.principal.name',
      'visit.counterpart.name',
      'visit.principal.name.native',
      'visit.counterpart.name.native',
    ]);
  });

  it('offers a person field for each of the visit’s people, found by name with or without accents', () => {
    const people = [
      { id: 'p1', name: 'Mevlüt Çavuşoğlu' },
      { id: 'p2', name: 'Fuat Oktay' },
    ];
    expect(fieldChoices('cavus', people)).toEqual([{ field: 'person', personId: 'p1', label: 'Mevlüt Çavuşoğlu' }]);
    expect(fieldChoices('okt', people).map((c) => c.personId)).toEqual(['p2']);
    expect(fieldChoices('person', people).map((c) => c.personId)).toEqual(['p1', 'p2']);
    expect(fieldChoices('', people)).toHaveLength(20);
  });

  it('offers the name with native script for people who have one, found in either script', () => {
    const people = [
      { id: 'p1', name: 'Mukhtar Tleuberdi', nativeName: 'Мұхтар Тілеуберді' },
      { id: 'p2', name: 'Fuat Oktay' },
    ];
    const native = { field: 'person.name.native', personId: 'p1', label: 'Mukhtar Tleuberdi (Мұхтар Тілеуберді)' };
    expect(fieldChoices('тілеу', people)).toEqual([native]);
    expect(fieldChoices('tleub', people)).toEqual([
      { field: 'person', personId: 'p1', label: 'Mukhtar Tleuberdi' },
      native,
    ]);
    expect(fieldChoices('oktay', people).map((c) => c.field)).toEqual(['person']);
    expect(fieldsMatching('native')).toEqual(['visit.principal.name.native', 'visit.counterpart.name.native']);
  });

  it('offers name-only and title-only variants of principal and counterpart', () => {
    expect(fieldsMatching('principal')).toEqual([
      'visit.principal',
      'visit.principal.name',
      'visit.principal.title',
      'visit.principal.name.native',
    ]);
    expect(fieldsMatching('counterpart title')).toEqual(['visit.counterpart.title']);
  });
});
