import { newId } from '../domain/ids';
import type { Store } from '../store/store';
import type { OperationName, OutputOf, ParsedInputOf } from './contract';

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

/** The operations over one open store. Input has already been parsed by the contract's schema. */
export function createHandlers(store: Store): Handlers {
  return {
    'visits.list': () => store.visits.list(),
    'visits.get': ({ id }) => {
      const visit = store.visits.get(id);
      return { visit, people: store.people.listForVisit(id), programme: store.programme.listForVisit(id) };
    },
    'visits.create': (input) => store.transaction(() => store.visits.create(newId('visit'), input)),
  };
}
