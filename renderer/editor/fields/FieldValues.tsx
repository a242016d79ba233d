import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isPersonField, type FieldKind } from '../../../app/domain/content';
import { FIELD_LABELS, resolveField, type FieldContext } from '../../../app/templates/fields';

export type FieldDisplay =
  | { state: 'value'; label: string; text: string }
  | { state: 'missing'; label: string }
  /** No visit at hand (e.g. a template shown on its own). */
  | { state: 'unbound'; label: string };

/**
 * Field values for one state of the visit, each kind resolved once however many fields show it:
 * a note with 500 fields re-renders after a visit change with 12 resolutions, not 500.
 */
export class FieldValues {
  private readonly cache = new Map<string, FieldDisplay>();

  constructor(readonly context: FieldContext | null) {}

  display(kind: FieldKind, personId?: string): FieldDisplay {
    const key = personId === undefined ? kind : `${kind}:${personId}`;
    let shown = this.cache.get(key);
    if (!shown) {
      const label = fieldLabel(kind, personId, this.context);
      const text = this.context ? resolveField(kind, this.context, personId) : undefined;
      shown = !this.context
        ? { state: 'unbound', label }
        : text === undefined
          ? { state: 'missing', label }
          : { state: 'value', label, text };
      this.cache.set(key, shown);
    }
    return shown;
  }
}

/** A field's name for menus and markers; a person field is named after its person. */
export function fieldLabel(kind: FieldKind, personId: string | undefined, context: FieldContext | null): string {
  if (!isPersonField(kind)) return FIELD_LABELS[kind] ?? kind;
  const person = personId ? context?.people.find((p) => p.id === personId) : undefined;
  if (!person) return FIELD_LABELS[kind];
  return kind === 'person' ? `Person: ${person.name}` : `Person (name with native script): ${person.name}`;
}

const UNBOUND = new FieldValues(null);

/**
 * The visit, its people and the note's meeting, for field nodes to show live values. Provided
 * around the editor (and the template preview); fields outside a provider show their labels.
 */
const FieldValuesContext = createContext<FieldValues>(UNBOUND);

export function FieldValuesProvider({ value, children }: { value: FieldContext | null; children: ReactNode }) {
  const values = useMemo(() => (value ? new FieldValues(value) : UNBOUND), [value]);
  return <FieldValuesContext.Provider value={values}>{children}</FieldValuesContext.Provider>;
}

export function useFieldValues(): FieldValues {
  return useContext(FieldValuesContext);
}
