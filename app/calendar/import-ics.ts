import ICAL from 'ical.js';
import { AppFailure } from '../api/result';
import type { Person } from '../domain/person';
import type { Visit } from '../domain/visit';
import type { z } from 'zod';
import { ProgrammeItemFields } from '../domain/programme';
import { sameName } from '../names/transliterate';
import { formatDateRange } from '../templates/fields';
import { PARTICIPANTS_LABEL } from './export-ics';
import { guardExpansion, RuleNeverMatches, RulePastHorizon } from './rule-guard';
import { instantToWall, isZone, vtimezone, wallToInstant } from './zone';
import { DateTime } from 'luxon';

/** One event (or one occurrence of a repeating event) of a calendar file as a programme item, with its UID. */
export interface CalendarItem {
  uid: string;
  item: z.output<typeof ProgrammeItemFields>;
  /**
   * The UID of the repeating event an occurrence belongs to: an item of the same event on the same
   * day (imported before the event moved, or before occurrences were expanded) is updated by it.
   */
  series?: string;
}

/** A calendar file read for a visit: its programme items and what the user should know about them. */
export interface ParsedCalendar {
  events: CalendarItem[];
  /** One sentence each: a repeating event with no end, capped, or partly outside the visit's dates. */
  warnings: string[];
}

/** The visit a file is read into: its zone, and its dates, which bound a repeating event. */
export type CalendarTarget = Pick<Visit, 'timeZone' | 'startDate' | 'endDate'>;

const MAX_EVENTS = 2_000;
/** At most this many programme items from one repeating event (an hourly rule over a long visit). */
export const MAX_OCCURRENCES = 100;
/** Occurrences looked at per repeating event to reach the visit's dates (a weekly rule from years back). */
const MAX_STEPS = 20_000;

function fail(message: string): never {
  throw new AppFailure('invalid_input', message);
}

type Zones = Map<string, ICAL.Timezone>;

/** The instant of a time as a file writes it: UTC, a zone's wall time (IANA or the file's VTIMEZONE), or floating. */
function instantOfTime(time: ICAL.Time, tzid: string | undefined, zones: Zones, visitZone: string, what: string) {
  const wall = DateTime.fromObject(
    { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.minute },
    { zone: 'UTC' },
  ).toFormat("yyyy-LL-dd'T'HH:mm");
  if (time.zone === ICAL.Timezone.utcTimezone) return DateTime.fromISO(wall, { zone: 'UTC' });
  if (!tzid) return wallToInstant(wall, visitZone); // floating: the visit's own wall clock
  const clean = tzid.replace(/^\//, '');
  if (isZone(clean)) return wallToInstant(wall, clean);
  const zone = zones.get(tzid);
  if (!zone) fail(`${what} is in the time zone "${tzid}", which the file does not describe.`);
  const naive = DateTime.fromISO(wall, { zone: 'UTC' });
  return naive.minus({ seconds: zone.utcOffset(time) });
}

function instantOf(prop: ICAL.Property, zones: Zones, visitZone: string, what: string) {
  const tzid = prop.getParameter('tzid') as string | undefined;
  return instantOfTime(prop.getFirstValue() as ICAL.Time, tzid, zones, visitZone, what);
}

/** The visit's people named in an event: the description's participants line and ATTENDEE names. */
function participantsOf(event: EventText, people: readonly Person[]): string[] {
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
 * "20210305T050000Z": an occurrence's original start in UTC, for its UID; a whole day keeps its
 * own date ("20210305"), which no zone may shift.
 */
function recurrenceKey(instant: DateTime, time: ICAL.Time): string {
  if (!time.isDate) return instant.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  return `${time.year}${String(time.month).padStart(2, '0')}${String(time.day).padStart(2, '0')}`;
}

const TIMED = ['dtstart', 'dtend', 'due', 'exdate', 'rdate', 'recurrence-id'];

/**
 * Every zone an event's times name must be one the file describes or an IANA name; ical.js
 * expands a rule in wall time and compares UNTIL and EXDATE as instants, so for a repeating event
 * an IANA zone the file does not describe gets a VTIMEZONE from this runtime's data (the visit's years).
 */
function checkZones(root: ICAL.Component, events: ICAL.Component[], years: [number, number] | null) {
  const described = new Set(root.getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid')));
  events.forEach((event, i) => {
    for (const name of TIMED) {
      for (const prop of event.getAllProperties(name)) {
        const tzid = prop.getParameter('tzid');
        if (typeof tzid !== 'string' || described.has(tzid)) continue;
        const clean = tzid.replace(/^\//, '');
        if (!isZone(clean)) {
          const summary = event.getFirstPropertyValue('summary');
          fail(
            `Event ${i + 1}${summary ? ` ("${String(summary)}")` : ''} is in the time zone "${tzid}", which the file does not describe.`,
          );
        }
        if (!years) continue;
        described.add(tzid);
        const zone = new ICAL.Component(ICAL.parse(vtimezone(clean, ...years)) as unknown[]);
        zone.updatePropertyWithValue('tzid', tzid);
        root.addSubcomponent(zone);
      }
    }
  });
}

/**
 * The events of an iCalendar file as programme items in the visit's zone (ical.js reads the file
 * and expands repeating events; luxon converts between zones with this runtime's time-zone data,
 * DST included). A repeating event (RRULE, RDATE, EXDATE, changed occurrences by RECURRENCE-ID)
 * gives one item per occurrence within the visit's dates, at most MAX_OCCURRENCES, each with the
 * UID "UID/original start in UTC" so a re-import updates it. Anything wrong is one clear line
 * (AppFailure) and nothing is returned: the caller writes all or nothing.
 */
export function parseIcs(text: string, visit: CalendarTarget, people: readonly Person[]): ParsedCalendar {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text))
    fail('This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    fail(`This .ics file cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  const visitZone = visit.timeZone;
  const zones: Zones = new Map();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  const all = root.getAllSubcomponents('vevent');
  if (all.length === 0) fail('This .ics file has no events.');
  if (all.length > MAX_EVENTS) fail(`This .ics file has ${all.length} events; at most ${MAX_EVENTS} are read.`);
  const repeats = (c: ICAL.Component) => c.hasProperty('rrule') || c.hasProperty('rdate');
  const years: [number, number] = [Number(visit.startDate.slice(0, 4)), Number(visit.endDate.slice(0, 4))];
  checkZones(root, all, all.some(repeats) ? years : null);
  // Changed occurrences of a repeating event (RECURRENCE-ID) go with their event, by UID.
  const masters = all.filter((v) => !v.hasProperty('recurrence-id'));
  const changed = new Map<string, ICAL.Component[]>();
  for (const v of all) {
    if (!v.hasProperty('recurrence-id')) continue;
    const uid = String(v.getFirstPropertyValue('uid') ?? '').trim();
    changed.set(uid, [...(changed.get(uid) ?? []), v]);
  }

  const dates = formatDateRange(visit.startDate, visit.endDate);
  const inVisit = (wall: string) => wall.slice(0, 10) >= visit.startDate && wall.slice(0, 10) <= visit.endDate;
  const events: CalendarItem[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();

  /** A programme item from an event (or a changed occurrence, which falls back on its event's duration and text). */
  const itemOf = (component: ICAL.Component, what: string, fallback?: { event: ICAL.Event; seconds?: number }) => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty('dtstart');
    if (!dtstart) fail(`${what} has no start time (DTSTART).`);
    const start = instantOf(dtstart, zones, visitZone, what);
    const dtend = component.getFirstProperty('dtend');
    const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
    const end = dtend
      ? instantOf(dtend, zones, visitZone, what)
      : duration
        ? start.plus({ seconds: duration.toSeconds() })
        : fallback?.seconds !== undefined
          ? start.plus({ seconds: fallback.seconds })
          : undefined;
    return build(what, start, end, fallback ? withFallback(event, fallback.event) : event);
  };

  const build = (what: string, start: DateTime, end: DateTime | undefined, event: EventText) => {
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
    return parsed.data;
  };

  masters.forEach((component, i) => {
    const event = new ICAL.Event(component);
    const what = `Event ${i + 1}${event.summary ? ` ("${event.summary}")` : ''}`;
    const uid = event.uid?.trim();
    if (!uid) fail(`${what} has no UID.`);
    if (seen.has(uid)) fail(`${what} has the same UID as an earlier event (${uid}).`);
    seen.add(uid);
    if (!repeats(component)) {
      events.push({ uid: uid.slice(0, 500), item: itemOf(component, what) });
      return;
    }
    events.push(...expand(component, event, uid, what));
  });

  // Changed occurrences whose event is not in the file (an invitation to one occurrence only).
  for (const [uid, list] of changed) {
    if (seen.has(uid)) continue;
    for (const component of list) {
      const event = new ICAL.Event(component);
      const what = `The changed occurrence${event.summary ? ` "${event.summary}"` : ''}`;
      if (!uid) fail(`${what} has no UID.`);
      if (cancelled(component)) continue;
      const rid = instantOf(component.getFirstProperty('recurrence-id')!, zones, visitZone, what);
      const ridTime = component.getFirstPropertyValue('recurrence-id') as ICAL.Time;
      events.push({
        uid: `${uid}/${recurrenceKey(rid, ridTime)}`.slice(0, 500),
        item: itemOf(component, what),
        series: uid.slice(0, 500),
      });
    }
  }

  if (events.length === 0) fail(`This .ics file has no events within the visit's dates (${dates}).`);
  if (events.length > MAX_EVENTS) fail(`This .ics file has ${events.length} events; at most ${MAX_EVENTS} are read.`);
  return { events, warnings };

  /** The occurrences of a repeating event within the visit's dates, changed ones as changed. */
  function expand(component: ICAL.Component, event: ICAL.Event, uid: string, what: string): CalendarItem[] {
    const name = event.summary ? `"${event.summary.trim()}"` : `Event ${uid}`;
    const dtstart = component.getFirstProperty('dtstart');
    if (!dtstart) fail(`${what} has no start time (DTSTART).`);
    const tzid = dtstart.getParameter('tzid') as string | undefined;
    const first = instantOf(dtstart, zones, visitZone, what);
    const dtend = component.getFirstProperty('dtend');
    const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
    // RFC 5545 §3.8.5.3: every occurrence lasts exactly as long as the first.
    const seconds = dtend
      ? instantOf(dtend, zones, visitZone, what).diff(first, 'seconds').seconds
      : duration
        ? duration.toSeconds()
        : undefined;
    // Changed occurrences by the instant they replace (a RECURRENCE-ID may be in UTC or a zone).
    const changes = new Map<number, ICAL.Component>();
    for (const c of changed.get(uid) ?? []) {
      const rid = instantOf(c.getFirstProperty('recurrence-id')!, zones, visitZone, `${what}'s changed occurrence`);
      changes.set(rid.toMillis(), c);
    }
    /** Whether an EXDATE of the event removes this occurrence (a DATE one: every occurrence that day). */
    function excluded(c: ICAL.Component, time: ICAL.Time, instant: DateTime) {
      return c.getAllProperties('exdate').some((p) => {
        const tz = p.getParameter('tzid') as string | undefined;
        return (p.getValues() as ICAL.Time[]).some((v) =>
          v.isDate
            ? v.year === time.year && v.month === time.month && v.day === time.day
            : instantOfTime(v, tz, zones, visitZone, what).toMillis() === instant.toMillis(),
        );
      });
    }
    const out: CalendarItem[] = [];
    let capped = false;
    let outside = false;
    let exhausted = false;
    let iterator: ICAL.RecurExpansion;
    try {
      iterator = event.iterator();
      // The year after the visit's: a rule that matches nothing stops there (see rule-guard.ts).
      guardExpansion(iterator, Number(visit.endDate.slice(0, 4)) + 1);
    } catch (e) {
      fail(`${what} repeats by a rule that cannot be read: ${(e as Error).message.split('\n')[0]}`);
    }
    // RFC 5545 §3.8.5.2: DTSTART is the first occurrence; ical.js leaves it out when only RDATE repeats.
    let startFirst =
      !component.hasProperty('rrule') && !excluded(component, dtstart.getFirstValue() as ICAL.Time, first);
    const lastDay = DateTime.fromISO(visit.endDate, { zone: visitZone }).plus({ days: 2 });
    for (let steps = 0; ; steps++) {
      if (steps === MAX_STEPS) {
        exhausted = true;
        break;
      }
      let next: ICAL.Time | null;
      try {
        next = startFirst ? (dtstart.getFirstValue() as ICAL.Time) : iterator.next();
      } catch (e) {
        if (e instanceof RulePastHorizon) break;
        if (e instanceof RuleNeverMatches) fail(`${what} repeats by a rule that never gives an occurrence.`);
        fail(`${what} repeats by a rule that cannot be read: ${(e as Error).message.split('\n')[0]}`);
      }
      if (!next) break;
      if (!startFirst && !component.hasProperty('rrule') && next.compare(dtstart.getFirstValue() as ICAL.Time) === 0)
        continue;
      startFirst = false;
      const original = instantOfTime(next, tzid, zones, visitZone, what);
      const change = changes.get(original.toMillis());
      changes.delete(original.toMillis());
      if (original > lastDay && !change) {
        outside = true;
        break;
      }
      if (change && cancelled(change)) continue;
      const item = change
        ? itemOf(change, what, { event, seconds })
        : build(what, original, seconds === undefined ? undefined : original.plus({ seconds }), event);
      if (!inVisit(item.start)) {
        outside = true;
        continue;
      }
      if (out.length === MAX_OCCURRENCES) {
        capped = true;
        break;
      }
      out.push({
        uid: `${uid}/${recurrenceKey(original, next)}`.slice(0, 500),
        item,
        series: uid.slice(0, 500),
      });
    }
    // A changed occurrence the rule does not give (moved in from elsewhere) is still in the programme.
    for (const [millis, change] of changes) {
      if (cancelled(change)) continue;
      const item = itemOf(change, what, { event, seconds });
      if (!inVisit(item.start)) continue;
      const ridTime = change.getFirstPropertyValue('recurrence-id') as ICAL.Time;
      out.push({
        uid: `${uid}/${recurrenceKey(DateTime.fromMillis(millis), ridTime)}`.slice(0, 500),
        item,
        series: uid.slice(0, 500),
      });
    }
    out.sort((a, b) => a.item.start.localeCompare(b.item.start));
    const unbounded = component.getAllProperties('rrule').some((p) => !(p.getFirstValue() as ICAL.Recur).isFinite());
    if (exhausted)
      warnings.push(
        `${name} repeats too often to follow (more than ${MAX_STEPS} occurrences): only ${imported(out.length)}.`,
      );
    else if (out.length === 0) warnings.push(`${name} repeats, but not within the visit's dates (${dates}).`);
    else if (capped)
      warnings.push(
        `${name} repeats more than ${MAX_OCCURRENCES} times within the visit's dates: only the first ${MAX_OCCURRENCES} were imported.`,
      );
    else if (unbounded)
      warnings.push(`${name} repeats with no end: only its ${imported(out.length, "within the visit's dates")}.`);
    else if (outside)
      warnings.push(
        `${name} also repeats outside the visit's dates (${dates}): only its ${imported(out.length, 'within them')}.`,
      );
    return out;
  }
}

/** "1 occurrence within them was imported", "3 occurrences … were imported". */
const imported = (n: number, where?: string) =>
  `${n === 1 ? '1 occurrence' : `${n} occurrences`}${where ? ` ${where}` : ''} ${n === 1 ? 'was' : 'were'} imported`;

const cancelled = (c: ICAL.Component) => String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** What a programme item reads from an event besides its times. */
type EventText = Pick<ICAL.Event, 'summary' | 'location' | 'description' | 'attendees'>;

/** A changed occurrence's text, its event's where the change leaves a property out. */
function withFallback(change: ICAL.Event, event: ICAL.Event): EventText {
  return {
    summary: change.summary || event.summary,
    location: change.location || event.location,
    description: change.description || event.description,
    attendees: change.attendees.length ? change.attendees : event.attendees,
  };
}
