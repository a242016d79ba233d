import type { FieldKind, NoteContent, SerializedNode } from '../domain/content';
import { countPlaceholders } from '../domain/placeholders';
import { FIELD_LABELS, resolveField, type FieldContext } from './fields';

/** What is still unfinished in a note: template prompts not yet replaced, fields with no value. */
export interface Unfinished {
  placeholders: number;
  /** Field kinds with no value, in document order. */
  missing: FieldKind[];
}

export function unfinished(content: NoteContent, ctx: FieldContext): Unfinished {
  return {
    placeholders: countPlaceholders(content),
    missing: missingFields(content, ctx),
  };
}

/** The kinds of the fields with no value, in document order; a person field resolved for its own person. */
function missingFields(content: NoteContent, ctx: FieldContext): FieldKind[] {
  const missing = new Set<FieldKind>();
  const walk = (node: SerializedNode) => {
    if (node.type === 'field') {
      if (resolveField(node.field, ctx, node.personId) === undefined) missing.add(node.field);
    } else if ('children' in node) node.children.forEach(walk);
  };
  content.root.children.forEach(walk);
  return [...missing];
}

export const isFinished = (u: Unfinished) => u.placeholders === 0 && u.missing.length === 0;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 placeholders and 1 missing field remain": what Send for review and Clear warn with. */
export function remainingSentence(placeholders: number, missingFields: number): string {
  const parts = [
    ...(placeholders ? [plural(placeholders, 'placeholder', 'placeholders')] : []),
    ...(missingFields ? [plural(missingFields, 'missing field', 'missing fields')] : []),
  ];
  return `${parts.join(' and ')} ${placeholders + missingFields === 1 ? 'remains' : 'remain'}`;
}

/** "Meeting brief: Call on …: 2 placeholders, Meeting place missing": one export warning per note. */
export function exportWarning(title: string, u: Unfinished): string | undefined {
  if (isFinished(u)) return undefined;
  const parts = [
    ...(u.placeholders ? [plural(u.placeholders, 'placeholder', 'placeholders')] : []),
    ...u.missing.map((kind) => `${FIELD_LABELS[kind] ?? kind} missing`),
  ];
  return `${title}: ${parts.join(', ')}`;
}
