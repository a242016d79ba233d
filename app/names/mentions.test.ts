import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from './demo-people.test-helper';
import { findMentions } from './mentions';

const idOf = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!.id;

describe('people mentioned in a text', () => {
  it('are found by their full name or a distinctive word of it', () => {
    const found = findMentions('Mr Oktay received Mukhtar Tleuberdi; Çavuşoğlu joined later.', DEMO_PEOPLE);
    expect(found).toEqual(new Set([idOf('Fuat Oktay'), idOf('Mukhtar Tleuberdi'), idOf('Mevlüt Çavuşoğlu')]));
  });

  it('are not found from a first name alone, a part of a word or another spelling', () => {
    expect(findMentions('Fuat said the Oktayan plan failed; Cavusoglu agreed.', DEMO_PEOPLE)).toEqual(new Set());
  });
});
