import { countryName } from '../app/domain/country';

/**
 * Every date and time the window shows is formatted here, in the user's own locale (the window's
 * language: the system's in the desktop app): 14 October 2021 and 14:05 for en-GB, October 14, 2021
 * and 2:05 PM for en-US. Field values in notes and exported documents are not: they are document text
 * (app/templates/fields.ts), the same whoever opens the note.
 */

/** The user's locale: the first of the window's languages. */
export function userLocale(): string {
  if (typeof navigator === 'undefined') return 'en-GB';
  return navigator.languages?.[0] || navigator.language || 'en-GB';
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en-GB', options); // a malformed language tag
    }
    formats.set(key, f);
  }
  return f;
}

/**
 * A range as ICU writes it, with the dash closed up when one side is a bare number ("4–5 March",
 * "March 4–5", "10:00–11:30") and ordinary spaces around it otherwise ("30 March – 2 April 2021").
 */
function formatRange(f: Intl.DateTimeFormat, a: Date, b: Date): string {
  const parts = f.formatRangeToParts(a, b);
  const side = (source: string) =>
    parts
      .filter((p) => p.source === source)
      .map((p) => p.value)
      .join('')
      .trim();
  const bare = (text: string) => /^[\d:.]+$/u.test(text);
  const closed = bare(side('startRange')) || bare(side('endRange'));
  let text = '';
  for (const [i, p] of parts.entries()) {
    const between =
      p.source === 'shared' && parts[i - 1]?.source === 'startRange' && parts[i + 1]?.source === 'endRange';
    text += between ? (closed ? p.value.trim() : ` ${p.value.trim()} `) : p.value;
  }
  return text;
}

/** A calendar date (YYYY-MM-DD) as the instant that names it in UTC. */
const day = (s: string) => new Date(`${s}T00:00:00Z`);
/** A wall-clock time (YYYY-MM-DDTHH:mm) as the instant that shows it in UTC. */
const wall = (s: string) => new Date(`${s.slice(0, 16)}:00Z`);
const valid = (d: Date) => !Number.isNaN(d.getTime());

const LONG_DATE: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };

/** "4–5 March 2021" / "30 March – 2 April 2021" (en-GB); "March 4–5, 2021" (en-US). */
export function formatDateRange(start: string, end: string, locale = userLocale()): string {
  const a = day(start);
  const b = day(end);
  if (!valid(a) || !valid(b)) return start === end ? start : `${start} – ${end}`;
  const f = format(locale, LONG_DATE);
  if (start === end || b < a) return start === end ? f.format(a) : `${f.format(a)} – ${f.format(b)}`;
  return formatRange(f, a, b);
}

/** "14 October 2021" (en-GB), "October 14, 2021" (en-US): a calendar date. */
export function formatDate(date: string, locale = userLocale()): string {
  const d = day(date);
  return valid(d) ? format(locale, LONG_DATE).format(d) : date;
}

export { countryName };

/** "4 Mar 2021, 14:05" (en-GB) in the user's own time zone: an instant such as "last edited". */
export function formatDateTime(iso: string, locale = userLocale()): string {
  const d = new Date(iso);
  if (!valid(d)) return iso;
  return format(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

const TIME: Intl.DateTimeFormatOptions = { timeZone: 'UTC', timeStyle: 'short' };

/** "10:00" (en-GB), "10:00 AM" (en-US): a wall-clock time as the programme states it. */
export function formatTime(local: string, locale = userLocale()): string {
  const d = wall(local);
  return valid(d) ? format(locale, TIME).format(d) : local;
}

/** "10:00–11:30" (en-GB), "10:00–11:30 AM" (en-US): two wall-clock times of one day. */
export function formatTimeRange(start: string, end: string, locale = userLocale()): string {
  const a = wall(start);
  const b = wall(end);
  if (!valid(a) || !valid(b) || b < a) return `${formatTime(start, locale)}–${formatTime(end, locale)}`;
  return formatRange(format(locale, TIME), a, b);
}

/** "Thu 4 Mar" (en-GB), "Thu, Mar 4" (en-US): the day of a programme item. */
function formatShortDay(local: string, locale: string): string {
  const d = wall(local);
  return valid(d)
    ? format(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(d)
    : local;
}

/**
 * "Thu 4 Mar, 10:00–11:30" (en-GB): a programme time as the programme states it (wall clock, no
 * conversion); an end on another day carries its own day.
 */
export function formatProgrammeTime(start: string, end?: string, locale = userLocale()): string {
  const first = formatShortDay(start, locale);
  if (!end) return `${first}, ${formatTime(start, locale)}`;
  if (end.slice(0, 10) === start.slice(0, 10)) return `${first}, ${formatTimeRange(start, end, locale)}`;
  return `${first}, ${formatTime(start, locale)} – ${formatShortDay(end, locale)}, ${formatTime(end, locale)}`;
}
