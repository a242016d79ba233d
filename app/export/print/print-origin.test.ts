import { describe, expect, it } from 'vitest';
import { PRINT_ORIGIN, PRINT_PAGE_URL, printResource } from './print-origin';

describe('the print origin', () => {
  it('serves the page and the bundled fonts', () => {
    expect(printResource(PRINT_PAGE_URL, '<p>é</p>')).toEqual({
      body: Buffer.from('<p>é</p>'),
      contentType: 'text/html; charset=utf-8',
    });
    const font = printResource(`${PRINT_ORIGIN}/fonts/LiberationSans-Bold.ttf`, '')!;
    expect(font.contentType).toBe('font/ttf');
    expect(font.body.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0])); // a TrueType file
  });

  it.each([
    `${PRINT_ORIGIN}/fonts/../../word-style.json`,
    `${PRINT_ORIGIN}/fonts/%2e%2e/word-style.json`,
    `${PRINT_ORIGIN}/fonts/LICENSE-Liberation.txt`,
    `${PRINT_ORIGIN}/`,
    'https://evil.example/print.html',
    'file:///etc/passwd',
  ])('serves nothing else: %s', (url) => {
    expect(printResource(url, '<p>page</p>')).toBeUndefined();
  });
});
