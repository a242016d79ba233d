import { isPersonField, type FieldKind, type FrozenFields } from '../domain/content';

export type { FrozenFields };
import { countryName } from '../domain/country';
import { nameWithNativeScript, titleOn, type Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import type { Visit } from '../domain/visit';

/** What the user sees for each field (menus, the missing marker). */
export const FIELD_LABELS: Record<FieldKind, string> = {
  'visit.title': 'Visit title',
  'visit.dates': 'Visit dates',
  'visit.city': 'City',
  'visit.hostCountry': 'Host country',
  'visit.guestCountry': 'Guest country',
  'visit.principal': 'Principal',
  'visit.counterpart': 'Counterpart',
  'meeting.title': 'Meeting',
  'meeting.time': 'Meeting time',
  'meeting.place': 'Meeting place',
  'meeting.participants': 'Participants',
  classification: 'Classification',
  'visit.principal.name': 'Principal (name only)',
  'visit.principal.title': 'Principal (title only)',
  'visit.counterpart.name': 'Counterpart (name only)',
  'visit.counterpart.title': 'Counterpart (title only)',
  person: 'Person',
  'visit.principal.name.native': 'Principal (name with native script)',
  'visit.counterpart.name.native': 'Counterpart (name with native script)',
  'person.name.native': 'Person (name with native script)',
};

export interface FieldContext {
  visit: Visit;
  people: readonly Person[];
  /** The programme item the note is about, for meeting.* fields. */
  programmeItem?: ProgrammeItem | null;
  /** The note's own marking: what its Classification field shows (the visit's when absent). */
  classification?: string;
  /**
   * A cleared note's values as they were at clearance (app/templates/freeze.ts): shown instead of
   * the live ones, so what was cleared is what is shown and exported. null: missing at clearance.
   */
  frozen?: FrozenFields | null;
}

// Building a DateTimeFormat costs far more than using one: each shape is built once.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFmt(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(opts);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...opts });
    formats.set(key, format);
  }
  return format;
}
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "4–5 March 2021", "30 March – 2 April 2021", "4 March 2021": how a ministry writes dates. */
export function formatDateRange(start: string, end: string): string {
  const full = dateFmt({ day: 'numeric', month: 'long', year: 'numeric' });
  if (start === end) return full.format(utc(start));
  if (start.slice(0, 7) === end.slice(0, 7))
    return `${dateFmt({ day: 'numeric' }).format(utc(start))}–${full.format(utc(end))}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${dateFmt({ day: 'numeric', month: 'long' }).format(utc(start))} – ${full.format(utc(end))}`;
  }
  return `${full.format(utc(start))} – ${full.format(utc(end))}`;
}

/** The city a time zone is named after: "Europe/Istanbul" -> "Istanbul", "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/**
 * "Thursday 4 March 2021, 11:00–12:00 local time (Ankara)" from the programme's local times, as a
 * reader expects it; `place` is the visit's city (else the zone's own city), null for no suffix.
 */
export function formatMeetingTime(
  item: Pick<ProgrammeItem, 'start' | 'end'>,
  timeZone: string,
  place: string | null = zoneCity(timeZone),
): string {
  const [date, time] = item.start.split('T') as [string, string];
  const day = dateFmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(utc(date))
    .replace(',', '');
  let span = time;
  if (item.end) {
    const [endDate, endTime] = item.end.split('T') as [string, string];
    span +=
      endDate === date
        ? `–${endTime}`
        : ` – ${dateFmt({ day: 'numeric', month: 'long' }).format(utc(endDate))} ${endTime}`;
  }
  return place === null ? `${day}, ${span}` : `${day}, ${span} local time (${place || zoneCity(timeZone)})`;
}

/** "Name, Title" with the title held on the date; just the name when no title was in force. */
export function nameWithTitle(person: Person, date: string): string {
  const title = titleOn(person, date);
  return title ? `${person.name}, ${title.title}` : person.name;
}

/**
 * The value a field shows (a cleared note's frozen one, else the live one), or undefined when the
 * data is not there (never an empty string).
 */
export function resolveField(kind: FieldKind, ctx: FieldContext, personId?: string): string | undefined {
  // A person field names its person by id, so it is not frozen under its kind: it stays live.
  const frozen = isPersonField(kind) ? undefined : ctx.frozen?.[kind];
  if (frozen !== undefined) return frozen ?? undefined;
  return resolveLiveField(kind, ctx, personId);
}

/** The value of a field from the visit as it is now, frozen values aside. */
export function resolveLiveField(kind: FieldKind, ctx: FieldContext, personId?: string): string | undefined {
  const { visit, people, programmeItem } = ctx;
  const person = (id: string | null) => (id ? people.find((p) => p.id === id) : undefined);
  const meetingDate = programmeItem?.start.slice(0, 10) ?? visit.startDate;
  const present = (s: string | undefined) => (s && s.trim() ? s : undefined);
  switch (kind) {
    case 'visit.title':
      return present(visit.title);
    case 'visit.dates':
      return formatDateRange(visit.startDate, visit.endDate);
    case 'visit.city':
      return present(visit.city);
    case 'visit.hostCountry':
      return countryName(visit.hostCountry);
    case 'visit.guestCountry':
      return countryName(visit.guestCountry);
    case 'visit.principal': {
      const p = person(visit.principalId);
      return p && nameWithTitle(p, visit.startDate);
    }
    case 'visit.counterpart': {
      const p = person(visit.counterpartId);
      return p && nameWithTitle(p, visit.startDate);
    }
    case 'meeting.title':
      return present(programmeItem?.title);
    case 'meeting.time':
      return programmeItem ? formatMeetingTime(programmeItem, visit.timeZone, visit.city) : undefined;
    case 'meeting.place':
      return present(programmeItem?.location);
    case 'meeting.participants': {
      const names = (programmeItem?.participants ?? [])
        .map((id) => person(id))
        .filter((p): p is Person => p !== undefined)
        .map((p) => nameWithTitle(p, meetingDate));
      return names.length ? names.join('; ') : undefined;
    }
    case 'classification':
      return present(ctx.classification ?? visit.classification);
    case 'visit.principal.name':
      return person(visit.principalId)?.name;
    case 'visit.counterpart.name':
      return person(visit.counterpartId)?.name;
    case 'visit.principal.title':
    case 'visit.counterpart.title': {
      const p = person(kind === 'visit.principal.title' ? visit.principalId : visit.counterpartId);
      return p && titleOn(p, visit.startDate)?.title;
    }
    case 'person': {
      const p = person(personId ?? null);
      return p && nameWithTitle(p, meetingDate);
    }
    case 'visit.principal.name.native': {
      const p = person(visit.principalId);
      return p && nameWithNativeScript(p);
    }
    case 'visit.counterpart.name.native': {
      const p = person(visit.counterpartId);
      return p && nameWithNativeScript(p);
    }
    case 'person.name.native': {
      const p = person(personId ?? null);
      return p && nameWithNativeScript(p);
    }
  }
}
