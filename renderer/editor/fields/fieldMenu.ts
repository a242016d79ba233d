import type { FieldKind } from '../../../app/domain/content';
import { FIELD_KINDS, isPersonField } from '../../../app/domain/content';
import { nameWithNativeScript } from '../../../app/domain/person';
import { FIELD_LABELS } from '../../../app/templates/fields';
import { foldForFind } from '../find/findMatches';

/** The text before the caret that opens the field menu: "/" or "{" at a word start, then a query. */
export interface FieldMenuMatch {
  leadOffset: number;
  matchingString: string;
  replaceableString: string;
}

const TRIGGER = /(^|[\s(])([/{])((?:[^\s{}/\\]| (?! )){0,30})$/;

export function matchFieldTrigger(textBeforeCaret: string): FieldMenuMatch | null {
  const m = TRIGGER.exec(textBeforeCaret);
  if (!m) return null;
  const query = m[3]!;
  return {
    leadOffset: m.index + m[1]!.length,
    matchingString: query,
    replaceableString: m[2]! + query,
  };
}

/** One entry of the field menu: a field kind, and for a person field whom it shows. */
export interface FieldChoice {
  field: FieldKind;
  personId?: string;
  label: string;
}

/** Whom the menu offers person fields for: the visit's people. */
export type MenuPerson = { id: string; name: string; nativeName?: string };

/**
 * The fields of the menu: every kind, then a person field for each of the visit's people, and for
 * those with a native-script name one showing both ("Mukhtar Tleuberdi (Мұхтар Тілеуберді)").
 */
export function allFieldChoices(people: readonly MenuPerson[] = []): FieldChoice[] {
  return [
    ...FIELD_KINDS.filter((k) => !isPersonField(k)).map((field) => ({ field, label: FIELD_LABELS[field] })),
    ...people.map((p) => ({ field: 'person' as const, personId: p.id, label: p.name })),
    ...people
      .filter((p) => nameWithNativeScript(p) !== p.name)
      .map((p) => ({ field: 'person.name.native' as const, personId: p.id, label: nameWithNativeScript(p) })),
  ];
}

const fold = (s: string) => foldForFind(s, false).folded;

/**
 * How well one query word fits a label: 0 the label starts with it, 1 a word of the label does,
 * 2 it is inside the label (or the field's key), -1 not at all.
 */
function fit(word: string, label: string, key: string): number {
  if (label.startsWith(word)) return 0;
  if (label.split(/[\s(),–-]+/).some((w) => w.startsWith(word))) return 1;
  return label.includes(word) || key.includes(word) ? 2 : -1;
}

/**
 * The fields whose label holds every word of the query (any order, case or accents), best first:
 * label starts with the query, then a word of it does, then the rest (`{coun` offers Counterpart
 * before Host country); menu order within each.
 */
export function fieldChoices(query: string, people: readonly MenuPerson[] = []): FieldChoice[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const ranked: { choice: FieldChoice; rank: number; order: number }[] = [];
  allFieldChoices(people).forEach((choice, order) => {
    const label = fold(choice.label);
    const key = choice.personId ? `person ${choice.field}` : choice.field.toLowerCase();
    let rank = 0;
    for (const w of words) {
      const f = fit(w, label, key);
      if (f < 0) return;
      rank = Math.max(rank, f);
    }
    ranked.push({ choice, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.choice);
}

/** The field kinds matching a query, best first (see fieldChoices). */
export function fieldsMatching(query: string): FieldKind[] {
  return fieldChoices(query).map((c) => c.field);
}
