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

/** "4 March 2021, 14:05" in the user's own time zone (for "last edited"). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** "Thu 4 Mar, 10:00–11:30": a programme time as the programme states it (wall clock, no conversion). */
export function formatProgrammeTime(start: string, end?: string): string {
  const [date, time] = start.split('T');
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${date}T00:00:00Z`));
  if (!end) return `${day}, ${time}`;
  const [endDate, endTime] = end.split('T');
  return endDate === date ? `${day}, ${time}–${endTime}` : `${day}, ${time} – ${endDate} ${endTime}`;
}
