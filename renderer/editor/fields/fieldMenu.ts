import type { FieldKind } from '../../../app/domain/content';
import { FIELD_KINDS } from '../../../app/domain/content';
import { FIELD_LABELS } from '../../../app/templates/fields';

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

/** The fields whose label contains every word of the query (any order, any case), in menu order. */
export function fieldsMatching(query: string): FieldKind[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return FIELD_KINDS.filter((kind) => {
    const haystack = `${FIELD_LABELS[kind]} ${kind}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
