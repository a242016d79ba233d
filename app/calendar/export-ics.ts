import ical, { ICalCalendarMethod } from 'ical-generator';
import { nameWithNativeScript, type Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';
import { vtimezone, wallToInstant } from './zone';

export const PRODUCT_ID = { company: 'Briefing', product: 'Briefing', language: 'EN' };

/**
 * The UID of a programme item in calendars: the one it came in with (an imported invitation keeps
 * its UID, so the host's calendar and ours update the same event), else one made from its id.
 * Stable across exports: exporting again updates the events instead of adding copies.
 */
export function itemUid(item: Pick<ProgrammeItem, 'id' | 'uid'>): string {
  return item.uid ?? `${item.id}@briefing`;
}

export const PARTICIPANTS_LABEL = 'Participants: ';

/**
 * A visit's programme as an RFC 5545 calendar: one VEVENT per item, times in the visit's zone
 * (TZID) with its VTIMEZONE, the location in LOCATION and the description, the participants in
 * the description (ATTENDEE needs an e-mail address, which people here do not have).
 */
export function programmeToIcs(visit: Visit, programme: readonly ProgrammeItem[], people: readonly Person[]): string {
  const byId = new Map(people.map((p) => [p.id, p]));
  const years = programme.map((i) => Number(i.start.slice(0, 4)));
  const fromYear = Math.min(Number(visit.startDate.slice(0, 4)), ...years);
  const toYear = Math.max(Number(visit.endDate.slice(0, 4)), ...years);
  const calendar = ical({
    name: visit.title,
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (DTSTAMP and the like stay in UTC); each event carries the visit's, and
    // the generator writes its VTIMEZONE.
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
  });
  for (const item of programme) {
    const start = wallToInstant(item.start, visit.timeZone);
    // An item without an end has no DTEND: RFC 5545 reads it as ending when it starts.
    const end = item.end ? wallToInstant(item.end, visit.timeZone) : null;
    const names = item.participants.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
    const description = [
      item.location ? `Location: ${item.location}` : '',
      names.length ? PARTICIPANTS_LABEL + names.map(nameWithNativeScript).join('; ') : '',
      `${visit.title} (${visit.city})`,
    ].filter(Boolean);
    calendar.createEvent({
      id: itemUid(item),
      start,
      end,
      timezone: visit.timeZone,
      summary: item.title,
      location: item.location ?? null,
      description: description.join('\n'),
    });
  }
  return calendar.toString();
}
