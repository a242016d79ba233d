import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';

const hits = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('search snippets', () => {
  it('marks whole words that start with a query word, ignoring case and diacritics', () => {
    const parts = makeSnippet('Mr Çavuşoğlu met Mr Tleuberdi; ÇAVUŞOĞLU spoke first.', ['cavusoglu']);
    expect(hits(parts)).toEqual(['Çavuşoğlu', 'ÇAVUŞOĞLU']);
    expect(parts.map((p) => p.text).join('')).toBe('Mr Çavuşoğlu met Mr Tleuberdi; ÇAVUŞOĞLU spoke first.');
  });

  it('matches prefixes at the start of a word only', () => {
    expect(hits(makeSnippet('bilateral trade; unilateral steps', ['bilat', 'lateral']))).toEqual(['bilateral']);
  });

  it('cuts a window around the first hit with ellipses', () => {
    const text = `${'word '.repeat(100)}Ankara${' word'.repeat(100)}`;
    const parts = makeSnippet(text, ['ankara'], 30);
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(hits(parts)).toEqual(['Ankara']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(120);
  });
});
