import { demoPeople } from '../demo/kazakhstan-turkey';
import type { NamedPerson } from './name-index';

/** The seven people of the demo visit, as the names finder sees them. */
export const DEMO_PEOPLE: NamedPerson[] = demoPeople.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases ?? [] }));
