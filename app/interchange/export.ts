import type { Store } from '../store/store';
import { FORMAT, FORMAT_VERSION, type InterchangeJson } from './format';

/**
 * One visit as an interchange file, every field written out so a re-import is exact, with the
 * user's own templates: they belong to the installation, not to one visit, and the visit file is
 * how work moves to another laptop (notes made from them keep their template's id).
 */
export function exportVisit(store: Store, visitId: string): InterchangeJson {
  return store.transaction(() => {
    const visit = store.visits.get(visitId);
    const notes = store.notes
      .listForVisit(visitId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return {
      format: FORMAT,
      version: FORMAT_VERSION,
      visit: store.packChoices.has(visitId) ? { ...visit, pack: store.packChoices.get(visitId) } : visit,
      people: store.people.listForVisit(visitId),
      programme: store.programme.listForVisit(visitId).map(({ visitId: _v, ...item }) => item),
      notes: notes.map((n) => {
        const { visitId: _v, content, ...rest } = store.notes.get(n.id);
        return { ...rest, content };
      }),
      templates: store.templates.list().sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    } as InterchangeJson;
  });
}
