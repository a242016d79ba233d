import type { Person, PersonInput } from '../../app/domain/person';
import type { ProgrammeItem, ProgrammeItemInput } from '../../app/domain/programme';
import type { Visit, VisitInput } from '../../app/domain/visit';
import { callExpected } from './client';

/**
 * Visit, programme and people changes, written against the operation names the store work
 * announced. When app/api/contract.ts declares them, these become plain `call`s.
 */
export const visitApi = {
  update: (id: string, fields: VisitInput) => callExpected<Visit>('visits.update', { id, ...fields }),
  addProgrammeItem: (visitId: string, item: ProgrammeItemInput) =>
    callExpected<ProgrammeItem>('programme.create', { visitId, ...item }),
  updateProgrammeItem: (id: string, item: ProgrammeItemInput) =>
    callExpected<ProgrammeItem>('programme.update', { id, ...item }),
  removeProgrammeItem: (id: string) => callExpected<unknown>('programme.delete', { id }),
  addPerson: (visitId: string, person: PersonInput) => callExpected<Person>('people.create', { visitId, ...person }),
  updatePerson: (id: string, person: PersonInput) => callExpected<Person>('people.update', { id, ...person }),
  removePerson: (id: string) => callExpected<unknown>('people.delete', { id }),
};
