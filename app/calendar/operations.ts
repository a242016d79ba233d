import { newId } from '../domain/ids';
import type { Store } from '../store/store';
import { programmeToIcs } from './export-ics';
import { formatDateRange } from '../templates/fields';
import { parseIcs } from './import-ics';

/** A visit's programme as an .ics file (the calendar.export operation). */
export interface CalendarExport {
  /** A file name to offer, e.g. "Official visit to Ankara.ics". */
  fileName: string;
  text: string;
}

export interface CalendarImportResult {
  added: number;
  updated: number;
  /** What the user should know: a repeating event with no end, capped, or partly outside the visit's dates. */
  warnings: string[];
}

export function calendarFileName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]+/g, ' ') // not allowed in file names (a title has no control characters)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${safe || 'Programme'}.ics`;
}

export function exportCalendar(store: Store, visitId: string): CalendarExport {
  const visit = store.visits.get(visitId);
  const text = programmeToIcs(visit, store.programme.listForVisit(visitId), store.people.listForVisit(visitId));
  return { fileName: calendarFileName(visit.title), text };
}

/**
 * Events become programme items in the visit's zone; an event whose UID an item already has (one
 * imported before, or exported from here) updates that item instead of adding one. An occurrence
 * of a repeating event with no item of its own updates an item of the same event on the same day
 * (the event moved to another hour, or was imported before occurrences were expanded); one left
 * over is kept and named in a warning. All or nothing: the whole file is read and checked before
 * anything is written.
 */
export function importCalendar(store: Store, visitId: string, text: string): CalendarImportResult {
  const visit = store.visits.get(visitId);
  const { events, warnings } = parseIcs(text, visit, store.people.listForVisit(visitId));
  return store.transaction(() => {
    const result = { added: 0, updated: 0, warnings: [...warnings] };
    const items = store.programme.listForVisit(visitId);
    const incoming = new Set(events.map((e) => e.uid));
    const claimed = new Set<string>();
    /** Items of a repeating event that no occurrence of the file names by UID and none has taken yet. */
    const leftOver = (series: string) =>
      items.filter(
        (i) =>
          i.uid !== undefined &&
          (i.uid === series || i.uid.startsWith(`${series}/`)) &&
          !incoming.has(i.uid) &&
          !claimed.has(i.id),
      );
    for (const { uid, item, series } of events) {
      const existing =
        store.programme.findByUid(visitId, uid) ??
        (series ? leftOver(series).find((i) => i.start.slice(0, 10) === item.start.slice(0, 10))?.id : undefined);
      if (existing) {
        claimed.add(existing);
        const before = items.find((i) => i.id === existing)!;
        // An event that names no one of the visit keeps the participants the item had.
        const participants = item.participants.length ? item.participants : before.participants;
        store.programme.update(existing, { ...item, participants, uid });
        result.updated++;
      } else {
        store.programme.create(visitId, newId('item'), { ...item, uid });
        result.added++;
      }
    }
    for (const series of new Set(events.map((e) => e.series).filter((s): s is string => s !== undefined))) {
      for (const stale of leftOver(series)) {
        const day = stale.start.slice(0, 10);
        result.warnings.push(
          `"${stale.title}" on ${formatDateRange(day, day)} is no longer in the calendar file: its programme item was kept.`,
        );
      }
    }
    return result;
  });
}
