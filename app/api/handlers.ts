import { newId } from '../domain/ids';
import { exportNoteDocx, exportPackDocx } from '../export/export-operations';
import { exportVisit } from '../interchange/export';
import { importVisit } from '../interchange/import';
import { checkDatabase, rotatingBackup } from '../store/backup';
import { exportCalendar, importCalendar } from '../calendar/operations';
import { startingContent } from '../templates/starting-content';
import type { Store } from '../store/store';
import type { OperationName, OutputOf, ParsedInputOf } from './contract';
import { assertClassifications } from './classification-check';
import { AppFailure } from './result';

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

/** Programme participants must be people of the same visit (the schema cannot know that). */
function assertParticipants(store: Store, visitId: string, participants: readonly string[]): void {
  const known = new Set(store.people.listForVisit(visitId).map((p) => p.id));
  participants.forEach((id, i) => {
    if (!known.has(id)) {
      throw new AppFailure('invalid_input', `participants.${i}: ${id} is not one of the people of this visit`, [
        { path: `participants.${i}`, message: 'not one of the people of this visit' },
      ]);
    }
  });
}

function assertPersonOfVisit(store: Store, visitId: string, personId: string | null, field: string): void {
  if (personId && store.people.find(personId)?.visitId !== visitId) {
    throw new AppFailure('invalid_input', `${field}: not one of the people of this visit`, [
      { path: field, message: 'not one of the people of this visit' },
    ]);
  }
}

/**
 * The operations over one open store. Input has already been parsed by the contract's schema;
 * every write runs in one transaction, so a failure leaves nothing half-written.
 */
export function createHandlers(store: Store): Handlers {
  const tx = <T>(fn: () => T) => store.transaction(fn);
  return {
    'visits.list': () => store.visits.list(),
    'visits.get': ({ id }) => {
      const visit = store.visits.get(id);
      return { visit, people: store.people.listForVisit(id), programme: store.programme.listForVisit(id) };
    },
    'visits.create': (input) =>
      tx(() => {
        assertClassifications(store, [{ path: 'classification', value: input.classification }]);
        return store.visits.create(newId('visit'), input);
      }),
    'visits.update': ({ id, ...fields }) =>
      tx(() => {
        const current = store.visits.get(id);
        assertClassifications(store, [
          { path: 'classification', value: fields.classification, kept: current.classification },
        ]);
        assertPersonOfVisit(store, id, fields.principalId, 'principalId');
        assertPersonOfVisit(store, id, fields.counterpartId, 'counterpartId');
        return store.visits.update(id, fields);
      }),
    'visits.delete': ({ id }) => tx(() => (store.visits.delete(id), null)),

    'people.create': ({ visitId, ...person }) =>
      tx(() => {
        store.visits.get(visitId);
        return store.people.create(visitId, newId('person'), person);
      }),
    'people.update': ({ id, ...person }) => tx(() => store.people.update(id, person)),
    'people.delete': ({ id }) => tx(() => (store.people.delete(id), null)),

    'programme.create': ({ visitId, ...item }) =>
      tx(() => {
        store.visits.get(visitId);
        assertParticipants(store, visitId, item.participants);
        return store.programme.create(visitId, newId('item'), item);
      }),
    'programme.update': ({ id, ...item }) =>
      tx(() => {
        assertParticipants(store, store.programme.visitOf(id), item.participants);
        return store.programme.update(id, item);
      }),
    'programme.delete': ({ id }) => tx(() => (store.programme.delete(id), null)),

    'notes.list': ({ visitId }) => {
      store.visits.get(visitId);
      return store.notes.listForVisit(visitId);
    },
    'notes.get': ({ id }) => store.notes.get(id),
    'notes.create': (input) =>
      tx(() => {
        const visit = store.visits.get(input.visitId);
        if (input.programmeItemId && store.programme.visitOf(input.programmeItemId) !== visit.id) {
          throw new AppFailure('invalid_input', 'programmeItemId: not a programme item of this visit', [
            { path: 'programmeItemId', message: 'not a programme item of this visit' },
          ]);
        }
        // A note inherits its visit's marking unless given one; either way it must be on the list.
        const classification = input.classification ?? visit.classification;
        assertClassifications(store, [{ path: 'classification', value: classification }]);
        return store.notes.create(newId('note'), {
          visitId: visit.id,
          programmeItemId: input.programmeItemId ?? null,
          title: input.title,
          template: input.template ?? null,
          classification,
          content: startingContent(store.templates, input.template, input.content),
        });
      }),
    'notes.save': ({ id, baseRevision, content, title }) =>
      tx(() => store.notes.save(id, baseRevision, content, title)),
    'notes.setStatus': ({ id, status, baseRevision }) => tx(() => store.notes.setStatus(id, status, baseRevision)),
    'notes.revisions': ({ id }) => store.notes.revisions(id),
    'notes.revision': ({ id, revision }) => store.notes.revision(id, revision),
    'notes.restore': ({ id, revision, baseRevision }) => tx(() => store.notes.restore(id, revision, baseRevision)),
    'notes.delete': ({ id }) => tx(() => (store.notes.delete(id), null)),

    search: ({ query, visitId, limit }) => store.search.search(query, limit ?? 50, visitId),

    'interchange.import': ({ file, replace }) => importVisit(store, file, { replace }),
    'interchange.export': ({ visitId }) => exportVisit(store, visitId),

    'export.note': ({ noteId }) => exportNoteDocx(store, noteId),
    'export.pack': ({ visitId, noteIds }) => exportPackDocx(store, visitId, noteIds),

    'settings.get': () => store.settings.get(),
    'settings.set': (changes) => tx(() => store.settings.set(changes)),

    'templates.list': () => store.templates.list(),
    'templates.save': ({ id, ...data }) => tx(() => store.templates.save(id ?? newId('template'), data)),
    'templates.delete': ({ id }) => tx(() => (store.templates.delete(id), null)),

    'backup.create': () => rotatingBackup(store.db, store.file),
    'database.check': () => checkDatabase(store.db),

    'calendar.export': ({ visitId }) => exportCalendar(store, visitId),
    'calendar.import': ({ visitId, text }) => importCalendar(store, visitId, text),
  };
}
