import { useCallback, useRef, useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import type { Note } from '../../../app/domain/note';
import type { FieldContext } from '../../../app/templates/fields';
import { call } from '../../api/client';

/**
 * The visit a note belongs to, for its fields and names. A failure leaves it null: the note still
 * opens and edits, its fields show their labels and names go unchecked.
 */
export function useVisitDetail() {
  const [visit, setVisit] = useState<VisitDetail | null>(null);
  const latest = useRef(0);
  const load = useCallback(async (visitId: string) => {
    const ticket = ++latest.current;
    const r = await call('visits.get', { id: visitId });
    if (ticket !== latest.current) return;
    // User Timing mark: the fields benchmark measures re-rendering from here.
    performance.mark('briefing:visit-data');
    // Unchanged people keep their identity, so the names check (indexed per people array) does
    // not start over when only the programme or the visit changed.
    setVisit((previous) =>
      r.ok && previous && samePeople(previous.people, r.value.people)
        ? { ...r.value, people: previous.people }
        : r.ok
          ? r.value
          : null,
    );
  }, []);
  return { visit, load };
}

function samePeople(a: VisitDetail['people'], b: VisitDetail['people']): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What the note's fields read: the visit, its people and the meeting the note is about, the note's
 * own marking, and for a cleared note the values it was cleared with (app/templates/freeze.ts).
 */
export function fieldContextOf(
  detail: VisitDetail,
  note: Pick<Note, 'programmeItemId'> & Partial<Pick<Note, 'classification' | 'status' | 'clearance'>>,
): FieldContext {
  return {
    visit: detail.visit,
    people: detail.people,
    programmeItem: detail.programme.find((p) => p.id === note.programmeItemId) ?? null,
    ...(note.classification ? { classification: note.classification } : {}),
    frozen: note.status === 'cleared' ? (note.clearance?.fields ?? null) : null,
  };
}
