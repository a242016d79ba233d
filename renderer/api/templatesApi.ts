import type { InputOf, OutputOf } from '../../app/api/contract';
import { call } from './client';

export type UserTemplate = OutputOf<'templates.save'>;

/** The user's own templates (the built-in ones live in app/templates and are not stored). */
export const templatesApi = {
  list: () => call('templates.list', {}),
  save: (input: InputOf<'templates.save'>) => call('templates.save', input),
  remove: (id: string) => call('templates.delete', { id }),
};
