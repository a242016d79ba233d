import type { PersonInput } from '../../app/domain/person';
import type { ProgrammeItemInput } from '../../app/domain/programme';
import type { VisitInput } from '../../app/domain/visit';
import { call } from './client';

/** Visit, programme and people changes. */
export const visitApi = {
  update: (id: string, fields: VisitInput) => call('visits.update', { id, ...fields }),
  addProgrammeItem: (visitId: string, item: ProgrammeItemInput) => call('programme.create', { visitId, ...item }),
  updateProgrammeItem: (id: string, item: ProgrammeItemInput) => call('programme.update', { id, ...item }),
  removeProgrammeItem: (id: string) => call('programme.delete', { id }),
  addPerson: (visitId: string, person: PersonInput) => call('people.create', { visitId, ...person }),
  updatePerson: (id: string, person: PersonInput) => call('people.update', { id, ...person }),
  removePerson: (id: string) => call('people.delete', { id }),
};
