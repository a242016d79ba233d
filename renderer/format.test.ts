import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatProgrammeTime, formatTime } from './format';

describe('dates in the user’s locale', () => {
  it('a British user reads day, month, year', () => {
    expect(formatDateRange('2021-03-04', '2021-03-05', 'en-GB')).toBe('4–5 March 2021');
    expect(formatDateRange('2021-03-30', '2021-04-02', 'en-GB')).toBe('30 March – 2 April 2021');
    expect(formatDateRange('2021-12-30', '2022-01-02', 'en-GB')).toBe('30 December 2021 – 2 January 2022');
    expect(formatDateRange('2021-03-04', '2021-03-04', 'en-GB')).toBe('4 March 2021');
    expect(formatDate('2021-10-14', 'en-GB')).toBe('14 October 2021');
    expect(formatDateTime('2021-10-14T14:05:00', 'en-GB')).toBe('14 Oct 2021, 14:05');
    expect(formatTime('2021-03-04T14:30', 'en-GB')).toBe('14:30');
    expect(formatProgrammeTime('2021-03-04T10:00', '2021-03-04T11:30', 'en-GB')).toBe('Thu 4 Mar, 10:00–11:30');
    expect(formatProgrammeTime('2021-03-04T22:00', '2021-03-05T01:00', 'en-GB')).toBe(
      'Thu 4 Mar, 22:00 – Fri 5 Mar, 01:00',
    );
  });

  it('an American user reads month, day, year and a 12-hour clock', () => {
    expect(formatDateRange('2021-03-04', '2021-03-05', 'en-US')).toBe('March 4–5, 2021');
    expect(formatDateRange('2021-03-30', '2021-04-02', 'en-US')).toBe('March 30 – April 2, 2021');
    expect(formatDate('2021-10-14', 'en-US')).toBe('October 14, 2021');
    expect(formatDateTime('2021-10-14T14:05:00', 'en-US')).toMatch(/^Oct 14, 2021, 2:05\sPM$/u);
    expect(formatTime('2021-03-04T14:30', 'en-US')).toMatch(/^2:30\sPM$/u);
    expect(formatProgrammeTime('2021-03-04T10:00', undefined, 'en-US')).toMatch(/^Thu, Mar 4, 10:00\sAM$/u);
  });

  it('never shows a month first to a British user, nor a day first to an American one', () => {
    const gb = formatDateTime('2021-10-14T09:00:00', 'en-GB');
    const us = formatDateTime('2021-10-14T09:00:00', 'en-US');
    expect(gb.indexOf('14')).toBeLessThan(gb.indexOf('Oct'));
    expect(us.indexOf('Oct')).toBeLessThan(us.indexOf('14'));
  });

  it('gives back what it cannot read instead of “Invalid Date”', () => {
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
    expect(formatDateTime('', 'en-GB')).toBe('');
  });
});
