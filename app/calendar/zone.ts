import { DateTime, IANAZone } from 'luxon';

/** Wall-clock time as the programme stores it: YYYY-MM-DDTHH:mm in the visit's zone. */
const LOCAL = "yyyy-LL-dd'T'HH:mm";

export function isZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The instant of a wall-clock time in a zone. A time that does not exist (the hour skipped when
 * clocks go forward) is read with the offset before the gap and one that happens twice (clocks
 * go back) as the first of the two, as RFC 5545 §3.3.5 says.
 */
export function wallToInstant(local: string, zone: string): DateTime {
  const naive = DateTime.fromISO(local, { zone: 'UTC' }).toMillis();
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset * 60_000;
  const before = offsetAt(naive - 86_400_000);
  const after = offsetAt(naive + 86_400_000);
  // Each offset around the time gives a candidate instant; it is real if the zone has that offset then.
  const real = [naive - before, naive - after].filter((ms) => naive - offsetAt(ms) === ms).sort((a, b) => a - b);
  return DateTime.fromMillis(real[0] ?? naive - before, { zone });
}

/** The wall-clock time of an instant in a zone (seconds dropped: the programme is to the minute). */
export function instantToWall(instant: DateTime, zone: string): string {
  return instant.setZone(zone).toFormat(LOCAL);
}

/** The same wall-clock time seen from another zone (the programme in the home capital's time). */
export function wallInZone(local: string, fromZone: string, toZone: string): string {
  return instantToWall(wallToInstant(local, fromZone), toZone);
}

const ICS_LOCAL = "yyyyLLdd'T'HHmmss";

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

/**
 * An RFC 5545 VTIMEZONE for an IANA zone, from the time-zone data this runtime carries, with
 * every offset change from the year before the first to the last (one observance each: no RRULE
 * to get wrong). A zone without changes in that span (Europe/Istanbul since 2016) gets one
 * STANDARD observance.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // From a year early: the observance in force when the visit starts begins before it.
  const start = DateTime.fromObject({ year: fromYear - 1, month: 1, day: 1 }, { zone });
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone });
  const observance = (at: DateTime, from: number, to: number, dst: boolean, name: string) => {
    const kind = dst ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART is the local time of the change in the offset that applied before it.
      `DTSTART:${at.setZone(`UTC${offsetText(from).replace(/(\d\d)(\d\d)$/, '$1:$2')}`).toFormat(ICS_LOCAL)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `TZNAME:${name}`,
      `END:${kind}`,
    );
  };
  let changes = 0;
  let previous = start.offset;
  // Offsets change at most a few times a year; step by hours and find the minute of each change.
  for (let t = start.toMillis(); t < end.toMillis(); t += 3_600_000) {
    const offset = DateTime.fromMillis(t, { zone }).offset;
    if (offset === previous) continue;
    let lo = t - 3_600_000;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (DateTime.fromMillis(mid, { zone }).offset === previous) lo = mid;
      else hi = mid;
    }
    const at = DateTime.fromMillis(hi, { zone });
    observance(at, previous, offset, at.isInDST, at.offsetNameShort ?? offsetText(offset));
    previous = offset;
    changes++;
  }
  if (changes === 0) {
    const name = start.offsetNameShort ?? offsetText(start.offset);
    observance(DateTime.fromObject({ year: 1970 }, { zone: 'UTC' }), start.offset, start.offset, false, name);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
