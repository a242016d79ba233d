import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../domain/content';
import { convertItalicPrompts, countPlaceholders } from '../domain/placeholders';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';
import { biographicalNote } from './builtin/biographical-note';
import { document, field, paragraph, prompt } from './builtin/nodes';
import { resolveField, type FieldContext } from './fields';
import { changesSinceClearance, describeChange, freezeFields } from './freeze';
import { exportWarning, remainingSentence, unfinished } from './unfinished';

const visit = {
  id: 'v',
  title: 'UK visit to Nairobi',
  kind: 'official',
  hostCountry: 'KE',
  guestCountry: 'GB',
  city: 'Nairobi',
  startDate: '2026-03-04',
  endDate: '2026-03-05',
  timeZone: 'Africa/Nairobi',
  status: 'planned',
  classification: 'OFFICIAL',
  principalId: null,
  counterpartId: null,
  description: '',
  createdAt: '',
  updatedAt: '',
} as Visit;
const item: ProgrammeItem = {
  id: 'i',
  visitId: 'v',
  start: '2026-03-04T16:00',
  end: '2026-03-04T17:00',
  title: 'Call on the Cabinet Secretary',
  participants: [],
};
const ctx = (programmeItem: ProgrammeItem | null = item): FieldContext => ({
  visit,
  people: [],
  programmeItem,
  classification: 'RESTRICTED',
});
const BRIEF: NoteContent = document(
  paragraph(field('classification')),
  paragraph(field('meeting.time'), ' at ', field('meeting.place')),
  paragraph(prompt('What we want')),
);

describe('freeze on clearance', () => {
  it("keeps each field of the content and the title block's, a missing one as null", () => {
    const frozen = freezeFields(BRIEF, ctx());
    expect(frozen).toEqual({
      classification: 'RESTRICTED',
      'meeting.time': 'Wednesday 4 March 2026, 16:00–17:00 local time (Nairobi)',
      'meeting.place': null,
      'meeting.title': 'Call on the Cabinet Secretary',
      'visit.title': 'UK visit to Nairobi',
      'visit.dates': '4–5 March 2026',
      'visit.city': 'Nairobi',
      'visit.hostCountry': 'Kenya',
    });
  });

  it('a frozen value is what the field shows after the visit changes; a kind not frozen stays live', () => {
    const frozen = freezeFields(BRIEF, ctx());
    const moved = { ...item, start: '2026-03-04T16:30', end: '2026-03-04T17:30', location: 'Harambee House' };
    const after = { ...ctx(moved), frozen };
    expect(resolveField('meeting.time', after)).toContain('16:00–17:00');
    expect(resolveField('meeting.place', after)).toBeUndefined();
    expect(resolveField('visit.guestCountry', after)).toBe('United Kingdom');
  });

  it('reports exactly what changed since clearance, from → to', () => {
    const frozen = freezeFields(BRIEF, ctx());
    expect(changesSinceClearance(frozen, ctx())).toEqual([]);
    const moved = { ...item, start: '2026-03-04T16:30', end: '2026-03-04T17:30' };
    const changes = changesSinceClearance(frozen, ctx(moved));
    expect(changes.map(describeChange)).toEqual([
      'Meeting time changed since clearance: Wednesday 4 March 2026, 16:00–17:00 local time (Nairobi) → Wednesday 4 March 2026, 16:30–17:30 local time (Nairobi)',
    ]);
    expect(changesSinceClearance(frozen, ctx(null)).map((c) => c.field)).toEqual(['meeting.time', 'meeting.title']);
    expect(changesSinceClearance(null, ctx(null))).toEqual([]);
  });

  it("the Classification field shows the note's own marking, the visit's when none is given", () => {
    expect(resolveField('classification', ctx())).toBe('RESTRICTED');
    expect(resolveField('classification', { visit, people: [] })).toBe('OFFICIAL');
  });
});

describe('native-script names at clearance', () => {
  const ruto: Person = {
    id: 'p-ruto',
    name: 'William Ruto',
    aliases: [],
    titles: [],
    biography: '',
  };
  const minister: Person = { ...ruto, id: 'p-min', name: 'Sergey Lavrov', nativeName: 'Сергей Лавров' };
  const withPeople = (people: Person[]): FieldContext => ({
    visit: { ...visit, counterpartId: 'p-min' },
    people,
    programmeItem: null,
  });

  it("the biographical note's heading freezes the counterpart with the native name; a later spelling is a reported change", () => {
    const bio = biographicalNote();
    const frozen = freezeFields(bio, withPeople([minister]));
    expect(frozen['visit.counterpart.name.native']).toBe('Sergey Lavrov (Сергей Лавров)');
    const respelt = withPeople([{ ...minister, nativeName: 'Сергей Викторович Лавров' }]);
    expect(resolveField('visit.counterpart.name.native', { ...respelt, frozen })).toBe('Sergey Lavrov (Сергей Лавров)');
    expect(changesSinceClearance(frozen, respelt).map(describeChange)).toEqual([
      'Counterpart (name with native script) changed since clearance: Sergey Lavrov (Сергей Лавров) → Sergey Lavrov (Сергей Викторович Лавров)',
    ]);
  });

  it('a person field with the native name stays live (it names its person by id) and is not missing when its person is there', () => {
    const content = document(paragraph({ ...field('person.name.native'), personId: 'p-min' }));
    const frozen = freezeFields(content, withPeople([minister, ruto]));
    expect(frozen).not.toHaveProperty('person.name.native');
    const respelt = withPeople([{ ...minister, nativeName: 'Лавров' }, ruto]);
    expect(resolveField('person.name.native', { ...respelt, frozen }, 'p-min')).toBe('Sergey Lavrov (Лавров)');
    expect(unfinished(content, respelt).missing).toEqual([]);
    // Regression: a person field was reported missing whenever it had no value without its person.
    const plain = document(paragraph({ ...field('person'), personId: 'p-ruto' }));
    expect(unfinished(plain, respelt).missing).toEqual([]);
    expect(unfinished(plain, withPeople([minister])).missing).toEqual(['person']);
  });
});

describe('what is unfinished', () => {
  it('counts placeholders and missing fields and says so for the warnings', () => {
    const u = unfinished(BRIEF, ctx());
    expect(u).toEqual({ placeholders: 1, missing: ['meeting.place'] });
    expect(remainingSentence(u.placeholders, u.missing.length)).toBe('1 placeholder and 1 missing field remain');
    expect(remainingSentence(3, 0)).toBe('3 placeholders remain');
    expect(exportWarning('Meeting brief: Call on CS', u)).toBe(
      'Meeting brief: Call on CS: 1 placeholder, Meeting place missing',
    );
    expect(exportWarning('Done', { placeholders: 0, missing: [] })).toBeUndefined();
  });
});

describe('italic prompts to placeholders', () => {
  const t = (text: string, format: number) => ({ type: 'text' as const, version: 1, text, format });
  it('converts a whole italic bracketed text node, not brackets in running text or plain brackets', () => {
    const old = document(
      paragraph(t('[Why we meet]', 2)),
      paragraph(t('[not italic]', 0)),
      paragraph(t('see [1] here', 2)),
      paragraph(t('[a][b]', 2)),
    );
    const { content, converted } = convertItalicPrompts(old);
    expect(converted).toBe(1);
    expect(countPlaceholders(content)).toBe(1);
    expect(content.root.children[0]).toMatchObject({ children: [{ type: 'placeholder', text: 'Why we meet' }] });
    expect(content.root.children.slice(1)).toEqual(old.root.children.slice(1));
  });

  it('gives back the same object when there is nothing to convert', () => {
    const plain = document(paragraph('nothing here'));
    expect(convertItalicPrompts(plain).content).toBe(plain);
  });
});
