import { BUILT_IN_TEMPLATES_CATALOGUE } from '../../../app/templates/catalogue';

const LABELS = new Map<string, string>(BUILT_IN_TEMPLATES_CATALOGUE.map((t) => [t.id, t.name]));

/** What a note was made from, as the lists show it; the user's own templates are not named by id. */
export function templateLabel(template: string | null | undefined): string {
  if (!template) return 'Blank note';
  return LABELS.get(template) ?? 'Own template';
}
