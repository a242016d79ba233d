import { isPersonField, type FieldKind, type NoteContent, type SerializedNode } from '../domain/content';
import { FIELD_LABELS, resolveLiveField, type FieldContext, type FrozenFields } from './fields';

/**
 * Clearance means frozen: what a clearer approved is what is shown and exported afterwards. When a
 * note is cleared, the values of its fields (and of the title block its export prints) are kept
 * with the note; a later change to the visit behind one of them is reported, never shown silently.
 */

/** What a note's exported title block prints besides its content's fields (app/export/document.ts). */
const TITLE_BLOCK: readonly FieldKind[] = ['visit.title', 'visit.dates', 'visit.city', 'visit.hostCountry'];
const MEETING_BLOCK: readonly FieldKind[] = ['meeting.title', 'meeting.time', 'meeting.place'];

/** The distinct field kinds a content holds, in document order. */
export function fieldKindsIn(content: NoteContent): FieldKind[] {
  const kinds = new Set<FieldKind>();
  const walk = (node: SerializedNode) => {
    if (node.type === 'field') kinds.add(node.field);
    else if ('children' in node) node.children.forEach(walk);
  };
  content.root.children.forEach(walk);
  return [...kinds];
}

/** The values to keep at clearance: each field of the content, and the title block's. */
export function freezeFields(content: NoteContent, ctx: FieldContext): FrozenFields {
  const kinds = new Set<FieldKind>([
    ...fieldKindsIn(content),
    ...TITLE_BLOCK,
    ...(ctx.programmeItem ? MEETING_BLOCK : []),
  ]);
  const frozen: FrozenFields = {};
  // A person field names its person by id and stays live (fields.ts): nothing to keep under its kind.
  for (const kind of kinds) if (!isPersonField(kind)) frozen[kind] = resolveLiveField(kind, ctx) ?? null;
  return frozen;
}

export interface FieldChange {
  field: FieldKind;
  label: string;
  /** The value at clearance; null: it was missing. */
  cleared: string | null;
  /** The value now; null: it is missing now. */
  now: string | null;
}

/** The frozen values the visit no longer gives (ctx.frozen is ignored: this compares with live data). */
export function changesSinceClearance(frozen: FrozenFields | null | undefined, ctx: FieldContext): FieldChange[] {
  if (!frozen) return [];
  const changes: FieldChange[] = [];
  for (const [field, cleared] of Object.entries(frozen) as [FieldKind, string | null][]) {
    const now = resolveLiveField(field, ctx) ?? null;
    if (now !== cleared) changes.push({ field, label: FIELD_LABELS[field] ?? field, cleared, now });
  }
  return changes;
}

/** "Meeting time changed since clearance: 16:00 → 16:30". */
export function describeChange(change: FieldChange): string {
  const shown = (v: string | null) => v ?? '(missing)';
  return `${change.label} changed since clearance: ${shown(change.cleared)} → ${shown(change.now)}`;
}
