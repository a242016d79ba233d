import { describe, expect, it } from 'vitest';
import { wallInZone as luxonWallInZone } from '../calendar/zone';
import { CAPITALS, wallInZone } from './capital-time';

describe('the home capital clock', () => {
  it('converts across zones, DST and the date line like the calendar (luxon) does', () => {
    const cases: [string, string, string][] = [
      ['2021-03-04T11:00', 'Europe/Istanbul', 'Asia/Almaty'],
      ['2021-03-28T01:30', 'Europe/London', 'Europe/Istanbul'],
      ['2021-10-31T01:30', 'Europe/London', 'Europe/Istanbul'],
      ['2021-11-07T01:30', 'America/New_York', 'Europe/Moscow'],
      ['2021-03-03T09:00', 'Pacific/Auckland', 'Pacific/Honolulu'],
      ['2021-03-02T23:30', 'Pacific/Honolulu', 'Pacific/Auckland'],
    ];
    for (const [local, from, to] of cases)
      expect(wallInZone(local, from, to), local).toBe(luxonWallInZone(local, from, to));
    expect(wallInZone('2021-03-04T11:00', 'Europe/Istanbul', 'Asia/Almaty')).toBe('2021-03-04T14:00');
    expect(wallInZone('2021-03-03T09:00', 'Pacific/Auckland', 'Pacific/Honolulu')).toBe('2021-03-02T10:00');
  });

  it('every capital zone is one this runtime knows', () => {
    for (const { zone } of Object.values(CAPITALS))
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});
