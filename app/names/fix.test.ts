import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from './demo-people.test-helper';
import { findNameIssues } from './find-issues';
import { fixAll } from './fix';

describe('fixAll', () => {
  it('writes every name in its canonical spelling and leaves the rest of the text as it was', () => {
    const text = 'M. Chavoshuglu told President Erdogan that Mevlut Cavusoglu and Tleuberdy agree.';
    const fixed = fixAll(text, findNameIssues(text, DEMO_PEOPLE));
    expect(fixed).toBe('Mevlüt Çavuşoğlu told President Erdoğan that Mevlüt Çavuşoğlu and Tleuberdi agree.');
    expect(findNameIssues(fixed, DEMO_PEOPLE)).toEqual([]);
  });

  it('applies issues given in any order', () => {
    const text = 'Cavusoglu, Tokaev';
    const issues = findNameIssues(text, DEMO_PEOPLE).reverse();
    expect(fixAll(text, issues)).toBe('Çavuşoğlu, Tokayev');
  });

  it('skips an issue the text no longer matches, and an overlapping one', () => {
    const text = 'Cavusoglu met Tokaev';
    const [first, second] = findNameIssues(text, DEMO_PEOPLE);
    const edited = text.replace('Tokaev', 'Tokayev');
    expect(fixAll(edited, [first!, second!])).toBe('Çavuşoğlu met Tokayev');
    expect(fixAll(text, [first!, { ...first!, end: first!.end - 1, found: 'Cavusogl', canonical: 'X' }])).toBe(
      'Çavuşoğlu met Tokaev',
    );
  });

  it('returns the text unchanged when there is nothing to fix', () => {
    expect(fixAll('Erdoğan', [])).toBe('Erdoğan');
  });
});
