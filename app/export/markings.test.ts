import { describe, expect, it } from 'vitest';
import { highestMarking } from './markings';
import { fitColumns } from './programme-table';

const ORDER = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'];

describe('the highest marking of a pack', () => {
  it('follows the order of the settings list, lowest first', () => {
    expect(highestMarking(ORDER, ['OFFICIAL', 'RESTRICTED', 'UNCLASSIFIED'])).toBe('RESTRICTED');
    expect(highestMarking(['RESTRICTED', 'OFFICIAL'], ['OFFICIAL', 'RESTRICTED'])).toBe('OFFICIAL');
  });

  it('ranks a marking taken off the list above every listed one: never marked lower than its content', () => {
    expect(highestMarking(ORDER, ['CONFIDENTIAL', 'OLD SECRET'])).toBe('OLD SECRET');
  });
});

describe('programme column widths', () => {
  it('keep the time on one line, give participants the most room, and span the page', () => {
    const widths = fitColumns(
      [
        [['Time'], ['Thu 4 Mar', '11:00–12:00']],
        [['Meeting'], ['6th meeting of the Joint Strategic Planning Group']],
        [['Place'], ['Ministry of Foreign Affairs, Ankara']],
        [['Participants'], ['Mukhtar Tleuberdi, Deputy Prime Minister – Minister of Foreign Affairs']],
      ],
      9026,
      11,
      [1, 2, 1.5, 4],
    );
    expect(widths[0]).toBeGreaterThanOrEqual(Math.ceil(11 * 11 * 0.55 * 20) + 216);
    expect(widths[3]).toBe(Math.max(...widths));
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(9026 - 4);
  });
});
