import { PersonFields } from '../domain/person';
import { ProgrammeItemFields } from '../domain/programme';
import { VisitInput } from '../domain/visit';
import type { Store } from '../store/store';
import { DEMO_VISIT_ID, demoPeople, demoProgramme, demoVisit } from './kazakhstan-turkey';

export interface SeedResult {
  visitId: string;
  created: boolean;
  people: number;
  programme: number;
}

/**
 * Loads the demo visit in one transaction. Idempotent: a second run finds the visit and leaves
 * it (and anything the user changed in it) alone.
 */
export function seedDemo(store: Store): SeedResult {
  return store.transaction(() => {
    if (store.visits.find(DEMO_VISIT_ID)) {
      return { visitId: DEMO_VISIT_ID, created: false, people: demoPeople.length, programme: demoProgramme.length };
    }
    store.visits.create(DEMO_VISIT_ID, VisitInput.parse(demoVisit));
    for (const { id, ...person } of demoPeople) store.people.create(DEMO_VISIT_ID, id, PersonFields.parse(person));
    for (const { id, ...item } of demoProgramme)
      store.programme.create(DEMO_VISIT_ID, id, ProgrammeItemFields.parse(item));
    return { visitId: DEMO_VISIT_ID, created: true, people: demoPeople.length, programme: demoProgramme.length };
  });
}
