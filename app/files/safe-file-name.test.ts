import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('exported file names are safe on Windows, macOS and Linux', () => {
  it('keeps an ordinary title as it is', () => {
    expect(safeFileName('Talking points: Astana')).toBe('Talking points - Astana.docx');
    expect(safeFileName('Meeting with Dr. Çavuşoğlu')).toBe('Meeting with Dr. Çavuşoğlu.docx');
    expect(safeFileName('Visit', '.json')).toBe('Visit.json');
  });

  it('strips bidi controls, so a right-to-left override cannot disguise the extension', () => {
    expect(safeFileName('Brief \u202Excod.exe')).toBe('Brief xcod_exe.docx');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(safeFileName(`A${c}B`)).toBe('AB.docx');
    }
    for (const c of ['\u200E', '\u200F', '\u061C', '\uFEFF', '\u200B']) expect(safeFileName(`A${c}B`)).toBe('AB.docx');
  });

  it('keeps our extension last: a title ending in an extension has its dot replaced', () => {
    expect(safeFileName('invoice.pdf')).toBe('invoice_pdf.docx');
    expect(safeFileName('setup.exe', '.json')).toBe('setup_exe.json');
    expect(safeFileName('Notes v2.1')).toBe('Notes v2.1.docx');
  });

  it.each([
    ['CON', 'CON_.docx'],
    ['con', 'con_.docx'],
    ['PRN', 'PRN_.docx'],
    ['Aux', 'Aux_.docx'],
    ['NUL ', 'NUL_.docx'],
    ['COM1', 'COM1_.docx'],
    ['lpt9', 'lpt9_.docx'],
    ['nul.tar.gz', 'nul_.tar_gz.docx'],
    ['CONSULAR notes', 'CONSULAR notes.docx'],
  ])('fixes the Windows device name %j', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  it('removes trailing dots and spaces, leading dots, path and control characters', () => {
    expect(safeFileName('Brief for the minister...  ')).toBe('Brief for the minister.docx');
    expect(safeFileName('..hidden')).toBe('hidden.docx');
    expect(safeFileName('a/b\\c*d?e"f<g>h|i\u0000j\u0085k')).toBe('a b c d e f g h i j k.docx');
    expect(safeFileName('...')).toBe('Briefing.docx');
    expect(safeFileName('\u202E')).toBe('Briefing.docx');
  });

  it('drops lone surrogates and keeps a name within 255 bytes without splitting a character', () => {
    expect(safeFileName('a\uD800b\uDC00c')).toBe('abc.docx');
    const long = safeFileName('Ж'.repeat(300));
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^Ж+\.docx$/);
    expect(safeFileName('😀'.repeat(100))).toMatch(/^(😀)+\.docx$/u);
  });
});
