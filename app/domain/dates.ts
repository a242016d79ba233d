import { z } from 'zod';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .refine(isIsoDate, `${label} must be a date written YYYY-MM-DD`);
}

const LOCAL_DATETIME_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A wall-clock time in the visit's own time zone, YYYY-MM-DDTHH:mm. Programme times are kept as
 * local times because that is what the programme says; converting them to UTC would make a
 * meeting "move" when the visit's time zone is corrected.
 */
export function localDateTime(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .refine((s) => {
      const m = LOCAL_DATETIME_RE.exec(s);
      return m !== null && isIsoDate(m[1]!);
    }, `${label} must be a date and time written YYYY-MM-DDTHH:mm`);
}

export function isTimeZone(tz: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z.string().trim().refine(isTimeZone, 'time zone must be an IANA name such as Europe/Istanbul');
