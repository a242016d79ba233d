import { describe, expect, it } from 'vitest';
import { smartCharacter } from './typography';

describe('typographic quotes and dashes', () => {
  it('opens quotes at the start, after spaces and brackets, and closes them elsewhere', () => {
    expect(smartCharacter('"', '')?.text).toBe('“');
    expect(smartCharacter('"', 'said ')?.text).toBe('“');
    expect(smartCharacter('"', 'said “yes')?.text).toBe('”');
    expect(smartCharacter("'", '(')?.text).toBe('‘');
    expect(smartCharacter("'", 'don')?.text).toBe('’');
  });

  it('turns two hyphens into an en dash and leaves other keys alone', () => {
    expect(smartCharacter('-', 'Ankara -')).toEqual({ text: '–', replaceBefore: 1 });
    expect(smartCharacter('-', 'Ankara ')).toBeNull();
    expect(smartCharacter('a', '')).toBeNull();
  });
});
