import { describe, expect, it } from 'vitest';
import { findMatches, MatchCache } from './findMatches';

const ANY = { matchCase: false, wholeWord: false };
const found = (text: string, query: string, options = ANY) =>
  findMatches(text, query, options).map((m) => text.slice(m.start, m.end));

describe('find in a note', () => {
  it('ignores diacritics both ways, as search does', () => {
    expect(found('Minister Çavuşoğlu met Mr Cavusoglu.', 'Cavusoglu')).toEqual(['Çavuşoğlu', 'Cavusoglu']);
    expect(found('Mr Cavusoglu', 'Çavuşoğlu')).toEqual(['Cavusoglu']);
    expect(found('Türkiye and Turkiye', 'turkiye')).toEqual(['Türkiye', 'Turkiye']);
    expect(found('Kırşehir', 'kirsehir')).toEqual(['Kırşehir']);
  });

  it('keeps offsets in the original text when a letter is written with a combining mark', () => {
    const decomposed = 'Cavus\u0327oglu arrives'; // ş as s + combining cedilla
    expect(found(decomposed, 'cavusoglu')).toEqual(['Cavus\u0327oglu']);
  });

  it('matches case only when asked', () => {
    expect(found('Trade and trade', 'Trade', { matchCase: true, wholeWord: false })).toEqual(['Trade']);
    expect(found('Trade and trade', 'trade')).toEqual(['Trade', 'trade']);
  });

  it('matches whole words only when asked', () => {
    const text = 'trade, trades and free-trade';
    expect(found(text, 'trade', { matchCase: false, wholeWord: true })).toEqual(['trade', 'trade']);
    expect(findMatches(text, 'trade', { matchCase: false, wholeWord: true })[1]!.start).toBe(23);
    expect(found(text, 'trade')).toHaveLength(3);
  });

  it('finds nothing for an empty query and never overlaps matches', () => {
    expect(found('abc', '')).toEqual([]);
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });
});

describe('the match cache', () => {
  it('gives what findMatches gives, and searches a changed text again', () => {
    const cache = new MatchCache('trade', ANY);
    expect(cache.matches('Trade and trade')).toEqual(findMatches('Trade and trade', 'trade', ANY));
    expect(cache.matches('Trade and trade')).toBe(cache.matches('Trade and trade'));
    expect(cache.matches('Trade and more trade and trade')).toHaveLength(3);
    expect(cache.matches('tra')).toEqual([]);
  });
});
