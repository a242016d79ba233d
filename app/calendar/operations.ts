import { newId } from '../domain/ids';
import type { Store } from '../store/store';
import { programmeToIcs } from './export-ics';
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
 * imported before, or exported from here) updates that item instead of adding one. All or
 * nothing: the whole file is read and checked before anything is written.
 */
export function importCalendar(store: Store, visitId: string, text: string): CalendarImportResult {
  const visit = store.visits.get(visitId);
  const { events, warnings } = parseIcs(text, visit, store.people.listForVisit(visitId));
  return store.transaction(() => {
    const result = { added: 0, updated: 0, warnings };
    for (const { uid, item, formerUid } of events) {
      // A repeating event imported before its occurrences were expanded: its one item is the first.
      const existing =
        store.programme.findByUid(visitId, uid) ?? (formerUid ? store.programme.findByUid(visitId, formerUid) : undefined);
      if (existing) {
        const before = store.programme.listForVisit(visitId).find((i) => i.id === existing)!;
        // An event that names no one of the visit keeps the participants the item had.
        const participants = item.participants.length ? item.participants : before.participants;
        store.programme.update(existing, { ...item, participants, uid });
        result.updated++;
      } else {
        store.programme.create(visitId, newId('item'), { ...item, uid });
        result.added++;
      }
    }
    return result;
  });
}
