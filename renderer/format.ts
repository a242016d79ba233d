import { countryName } from '../app/domain/country';

/** "4–5 March 2021" / "30 March – 2 April 2021": how a ministry writes a date range. */
export function formatDateRange(start: string, end: string): string {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const fmt = (s: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...opts }).format(d(s));
  if (start === end) return fmt(start, { day: 'numeric', month: 'long', year: 'numeric' });
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em)
    return `${fmt(start, { day: 'numeric' })}–${fmt(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  if (sy === ey)
    return `${fmt(start, { day: 'numeric', month: 'long' })} – ${fmt(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  return `${fmt(start, { day: 'numeric', month: 'long', year: 'numeric' })} – ${fmt(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

export { countryName };
