import { describe, expect, it } from 'vitest';
import { lengthText } from './LengthPlugin';

describe('the length line', () => {
  it('gives words and pages, and flags a note past the limit', () => {
    expect(lengthText(1234, 1.44, 2)).toEqual({ text: '1,234 words · about 1.4 pages in Word', over: false });
    expect(lengthText(1, 0.02, 2).text).toBe('1 word · about 0.1 pages in Word');
    expect(lengthText(900, 2.6, 2)).toEqual({
      text: '900 words · about 2.6 pages in Word — longer than 2 pages',
      over: true,
    });
  });
});
