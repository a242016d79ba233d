import ICAL from 'ical.js';
import { AppFailure } from '../api/result';
import type { Person } from '../domain/person';
import type { z } from 'zod';
import { ProgrammeItemFields } from '../domain/programme';
import { sameName } from '../names/transliterate';
import { PARTICIPANTS_LABEL } from './export-ics';
import { instantToWall, isZone, wallToInstant } from './zone';
import { DateTime } from 'luxon';

/** One event of a calendar file as a programme item of the visit, with its UID. */
export interface CalendarItem {
  uid: string;
  item: z.output<typeof ProgrammeItemFields>;
}

const MAX_EVENTS = 2_000;

function fail(message: string): never {
  throw new AppFailure('invalid_input', message);
}

/** The instant of a DTSTART/DTEND: UTC, a zone's wall time (IANA or the file's VTIMEZONE), or floating. */
function instantOf(prop: ICAL.Property, zones: Map<string, ICAL.Timezone>, visitZone: string, what: string) {
  const time = prop.getFirstValue() as ICAL.Time;
  const wall = DateTime.fromObject(
    { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.minute },
    { zone: 'UTC' },
  ).toFormat("yyyy-LL-dd'T'HH:mm");
  if (time.zone === ICAL.Timezone.utcTimezone) return DateTime.fromISO(wall, { zone: 'UTC' });
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (!tzid) return wallToInstant(wall, visitZone); // floating: the visit's own wall clock
  const clean = tzid.replace(/^\//, '');
  if (isZone(clean)) return wallToInstant(wall, clean);
  const zone = zones.get(tzid);
  if (!zone) fail(`${what} is in the time zone "${tzid}", which the file does not describe.`);
  const naive = DateTime.fromISO(wall, { zone: 'UTC' });
  return naive.minus({ seconds: zone.utcOffset(time) });
}

/** The visit's people named in an event: the description's participants line and ATTENDEE names. */
function participantsOf(event: ICAL.Event, people: readonly Person[]): string[] {
  const names: string[] = [];
  const line = (event.description ?? '').split(/\r?\n/).find((l) => l.startsWith(PARTICIPANTS_LABEL));
  if (line) names.push(...line.slice(PARTICIPANTS_LABEL.length).split(';'));
  for (const attendee of event.attendees) {
    const cn = attendee.getParameter('cn');
    if (typeof cn === 'string') names.push(cn);
  }
  const ids: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\(.*\)/, '').trim();
    const person = people.find((p) =>
      [p.name, p.nativeName, ...p.aliases].some((n) => n && sameName(n, name, p.country)),
    );
    if (person && !ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}

/**
 * The events of an iCalendar file as programme items in the visit's zone (ical.js reads the file;
 * luxon converts between zones with this runtime's time-zone data, DST included). Anything wrong
 * is one clear line (AppFailure) and nothing is returned: the caller writes all or nothing.
 */
export function parseIcs(text: string, visitZone: string, people: readonly Person[]): CalendarItem[] {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text))
    fail('This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    fail(`This .ics file cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  // Changed occurrences of a repeating event (RECURRENCE-ID) are not programme items of their own.
  const events = root.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('recurrence-id'));
  if (events.length === 0) fail('This .ics file has no events.');
  if (events.length > MAX_EVENTS) fail(`This .ics file has ${events.length} events; at most ${MAX_EVENTS} are read.`);
  const seen = new Set<string>();
  return events.map((component, i) => {
    const event = new ICAL.Event(component);
    const what = `Event ${i + 1}${event.summary ? ` ("${event.summary}")` : ''}`;
    const uid = event.uid?.trim();
    if (!uid) fail(`${what} has no UID.`);
    if (seen.has(uid)) fail(`${what} has the same UID as an earlier event (${uid}).`);
    seen.add(uid);
    const dtstart = component.getFirstProperty('dtstart');
    if (!dtstart) fail(`${what} has no start time (DTSTART).`);
    const start = instantOf(dtstart, zones, visitZone, what);
    const dtend = component.getFirstProperty('dtend');
    const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
    const end = dtend
      ? instantOf(dtend, zones, visitZone, what)
      : duration
        ? start.plus({ seconds: duration.toSeconds() })
        : undefined;
    if (!start.isValid || (end && !end.isValid)) fail(`${what} has a time that does not exist.`);
    const startWall = instantToWall(start, visitZone);
    const endWall = end ? instantToWall(end, visitZone) : undefined;
    const item = {
      start: startWall,
      ...(endWall && endWall > startWall ? { end: endWall } : {}),
      title: (event.summary ?? '').trim().slice(0, 300) || 'Untitled event',
      ...(event.location?.trim() ? { location: event.location.trim().slice(0, 300) } : {}),
      participants: participantsOf(event, people),
    };
    const parsed = ProgrammeItemFields.safeParse(item);
    if (!parsed.success) fail(`${what}: ${parsed.error.issues[0]!.message}.`);
    return { uid: uid.slice(0, 500), item: parsed.data };
  });
}
