import { importVisit } from '../interchange/import';
import { FORMAT, FORMAT_VERSION, type InterchangeJson } from '../interchange/format';
import type { Store } from '../store/store';
import { DEMO_VISIT_ID, demoPeople, demoProgramme, demoVisit } from './kazakhstan-turkey';
import { demoNotes, demoPack } from './notes';

export interface SeedResult {
  visitId: string;
  created: boolean;
  people: number;
  programme: number;
  notes: number;
}

/** The demo visit as an interchange file: seeding goes through the same path as any import. */
export function demoFile(): InterchangeJson {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    visit: { id: DEMO_VISIT_ID, ...demoVisit, pack: demoPack },
    people: demoPeople,
    programme: demoProgramme,
    notes: demoNotes(),
  };
}

/**
 * Loads the demo visit in one transaction. Idempotent: a second run finds the visit and leaves
 * it (and anything the user changed in it) alone.
 */
export function seedDemo(store: Store): SeedResult {
  const file = demoFile();
  const counts = { people: file.people!.length, programme: file.programme!.length, notes: file.notes!.length };
  if (store.visits.find(DEMO_VISIT_ID)) return { visitId: DEMO_VISIT_ID, created: false, ...counts };
  const r = importVisit(store, file);
  return { visitId: r.visitId, created: true, people: r.people, programme: r.programme, notes: r.notes };
}
