import { useMemo } from 'react';
import { COUNTRY_CODES } from '../../../app/domain/country';
import { countryName } from '../../format';

/** The countries by name, for an input's `list`: typed as names, stored as ISO codes (resolveCountry). */
export function CountryOptions({ id }: { id: string }) {
  const names = useMemo(() => COUNTRY_CODES.map((code) => countryName(code)).sort((a, b) => a.localeCompare(b)), []);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
