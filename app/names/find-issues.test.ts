import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from './demo-people.test-helper';
import { findNameIssues, type NameIssue } from './find-issues';
import { NameIndex } from './name-index';

const summary = (issues: NameIssue[]) => issues.map((i) => [i.found, i.canonical, i.kind]);
const find = (text: string) => findNameIssues(text, DEMO_PEOPLE);

describe('findNameIssues: listed aliases', () => {
  it('flags a listed alias with its offsets and the full canonical name', () => {
    const text = 'Talks with M. Chavoshuglu covered transport.';
    const [issue, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      start: 11,
      end: 25,
      found: 'M. Chavoshuglu',
      personId: 'demo-person-cavusoglu',
      personName: 'Mevlüt Çavuşoğlu',
      canonical: 'Mevlüt Çavuşoğlu',
      kind: 'alias',
    });
    expect(text.slice(issue!.start, issue!.end)).toBe('M. Chavoshuglu');
  });

  it('flags a two-word alias once, not word by word', () => {
    expect(summary(find('Minister Mevlut Cavusoglu said'))).toEqual([
      ['Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu', 'alias'],
    ]);
  });

  it('replaces a one-word alias by the matching word of the name, not the whole name', () => {
    expect(summary(find('President Erdogan received the minister.'))).toEqual([['Erdogan', 'Erdoğan', 'alias']]);
  });

  it('flags initials with the surname: F. Oktay, A. Mamin, M. Tleuberdi', () => {
    expect(summary(find('co-chaired by A. Mamin and F. Oktay; M. Tleuberdi will attend'))).toEqual([
      ['A. Mamin', 'Askar Mamin', 'alias'],
      ['F. Oktay', 'Fuat Oktay', 'alias'],
      ['M. Tleuberdi', 'Mukhtar Tleuberdi', 'alias'],
    ]);
  });

  it('does not take a lower-case letter for an initial', () => {
    expect(find('Arrival at 10 a.m. Tleuberdi then goes to the Ministry.')).toEqual([]);
  });
});

describe('findNameIssues: diacritics and case variants', () => {
  it('flags a name written without its diacritics, with the canonical word as replacement', () => {
    expect(summary(find('Cavusoglu and Erdoğan'))).toEqual([['Cavusoglu', 'Çavuşoğlu', 'variant']]);
    expect(summary(find('Mevlut Çavuşoğlu'))).toEqual([['Mevlut', 'Mevlüt', 'variant']]);
  });

  it('flags a variant whatever its case, when the diacritics differ', () => {
    expect(summary(find('cavuşoğlu; CAVUSOGLU; cavusoglu'))).toEqual([
      ['cavuşoğlu', 'Çavuşoğlu', 'variant'],
      ['CAVUSOGLU', 'Çavuşoğlu', 'variant'],
      ['cavusoglu', 'Çavuşoğlu', 'variant'],
    ]);
  });

  it('flags a variant in the middle of a full name and keeps the right offsets after astral characters', () => {
    const text = '📌 Recep Tayyip Erdogan’s message';
    const [issue] = find(text);
    expect(summary(find(text))).toEqual([['Erdogan', 'Erdoğan', 'alias']]);
    expect(text.slice(issue!.start, issue!.end)).toBe('Erdogan');
  });
});

describe('findNameIssues: near spellings', () => {
  it.each([
    ['Chavoshuglu', 'Çavuşoğlu'],
    ['Cavusolgu', 'Çavuşoğlu'],
    ['Chavushoglu', 'Çavuşoğlu'],
    ['Tleuberdy', 'Tleuberdi'],
    ['Tokaev', 'Tokayev'],
    ['Nazarbaev', 'Nazarbayev'],
    ['Kasym', 'Kassym'],
    ['Muhtar', 'Mukhtar'],
    ['Oktai', 'Oktay'],
  ])('%s is a near spelling of %s', (found, canonical) => {
    expect(summary(find(`We met ${found} today.`))).toEqual([[found, canonical, 'near']]);
  });

  it('only flags near spellings that are capitalised, as names are', () => {
    expect(find('the tleuberdy question')).toEqual([]);
    expect(summary(find('the Tleuberdy question'))).toEqual([['Tleuberdy', 'Tleuberdi', 'near']]);
  });

  it('does not stretch short names: one letter off a five- or six-letter name is another word', () => {
    expect(find('Main points. Recap: Mamie, Oscar and Marin met Okay.')).toEqual([]);
  });
});

describe('findNameIssues: the canonical spelling', () => {
  it('never flags the canonical names, in any case or form', () => {
    const names = DEMO_PEOPLE.map((p) => p.name);
    const text = [
      ...names,
      ...names.map((n) => n.toUpperCase()),
      ...names.map((n) => `${n}’s`),
      ...names.map((n) => n.normalize('NFD')),
      'Çavuşoğlu met Tokayev, Oktay and Mamin.',
    ].join('. ');
    expect(find(text)).toEqual([]);
  });

  it('never flags an alias that is a canonical spelling', () => {
    const people = [{ id: 'p', name: 'Fuat Oktay', aliases: ['Oktay', 'fuat oktay'] }];
    expect(findNameIssues('Fuat Oktay; Oktay; FUAT OKTAY', people)).toEqual([]);
  });

  it('finds nothing when the visit has no people', () => {
    expect(findNameIssues('Mevlut Cavusoglu met Erdogan.', [])).toEqual([]);
  });

  it('gives the same answers through a prebuilt index', () => {
    const text = 'M. Chavoshuglu, Cavusolgu, Erdogan and Tleuberdy';
    expect(findNameIssues(text, new NameIndex(DEMO_PEOPLE))).toEqual(find(text));
  });
});
