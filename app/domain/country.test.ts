import { describe, expect, it } from 'vitest';
import { capitalTimeZone } from './capital-time-zone';
import { COUNTRY_CODES, resolveCountry } from './country';

describe('countries typed by name', () => {
  it('finds a country by code, English name or a common name, in any case and with or without accents', () => {
    expect(resolveCountry('Kenya')).toBe('KE');
    expect(resolveCountry('ke')).toBe('KE');
    expect(resolveCountry('UK')).toBe('GB');
    expect(resolveCountry('U.K.')).toBe('GB');
    expect(resolveCountry('United Kingdom')).toBe('GB');
    expect(resolveCountry('USA')).toBe('US');
    expect(resolveCountry('United States')).toBe('US');
    expect(resolveCountry('Türkiye')).toBe('TR');
    expect(resolveCountry('turkiye')).toBe('TR');
    expect(resolveCountry('Turkey')).toBe('TR');
    expect(resolveCountry('  kazakhstan ')).toBe('KZ');
    expect(resolveCountry('Narnia')).toBeUndefined();
    expect(resolveCountry('')).toBeUndefined();
  });

  it('knows the time zone of each capital, not of the first city listed', () => {
    expect(capitalTimeZone('TR')).toBe('Europe/Istanbul');
    expect(capitalTimeZone('KE')).toBe('Africa/Nairobi');
    expect(capitalTimeZone('RU')).toBe('Europe/Moscow');
    expect(capitalTimeZone('CA')).toBe('America/Toronto');
    expect(capitalTimeZone('AU')).toBe('Australia/Sydney');
    const missing = COUNTRY_CODES.filter((c) => !capitalTimeZone(c));
    expect(missing).toEqual(['BV', 'HM']);
    for (const c of COUNTRY_CODES) {
      const zone = capitalTimeZone(c);
      if (zone) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), c).not.toThrow();
    }
  });
});
