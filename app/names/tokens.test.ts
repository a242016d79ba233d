import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('splits on anything but letters, keeping accented, decomposed and non-Latin letters in the word', () => {
    const decomposed = 'C\u0327avus\u0327og\u0306lu';
    const text = `Çavuşoğlu’s talks, ${decomposed}; Kassym-Jomart / Тоқаев 𝐀b 42`;
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'Çavuşoğlu',
      's',
      'talks',
      decomposed,
      'Kassym',
      'Jomart',
      'Тоқаев',
      '𝐀b',
    ]);
  });

  it('gives offsets that slice the word back out of the text', () => {
    const text = '📌 Erdoğan, 4 March';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text)[0]).toEqual({ text: 'Erdoğan', start: 3, end: 10 });
  });
});
