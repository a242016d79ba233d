import { z } from 'zod';
import { isoDate } from './dates';
import { Id } from './ids';
import type { Note } from './note';
import type { ProgrammeItem } from './programme';

const coverLine = z.string().trim().max(200);

/**
 * How a visit's briefing pack is put together: kept with the visit (store and interchange file),
 * chosen in the "Briefing pack" view or with `briefing export --visit` options.
 */
export const PackChoice = z.object({
  /**
   * The notes in the pack, in this order; absent means every note in programme order. A note
   * written later, in neither list, joins at the end (in programme order).
   */
  noteIds: z.array(Id).max(1000).optional(),
  /** Notes taken out of the pack. */
  leftOut: z.array(Id).max(1000).default([]),
  /** Whether notes not yet cleared go in (marked DRAFT). */
  includeDrafts: z.boolean().default(true),
  cover: z
    .object({
      /** For whom the pack is: the visit's principal when absent. */
      for: coverLine.optional(),
      reference: coverLine.optional(),
      /** The date on the cover, YYYY-MM-DD: the day of export when absent. */
      date: isoDate('Cover date').optional(),
      /** Who prepared it: the author from Settings when absent. */
      preparedBy: coverLine.optional(),
    })
    .strict()
    .default({}),
  /** Paragraphs numbered 1, 2 … and the points under them 1.1, 1.2 … (FCO style). */
  numberedParagraphs: z.boolean().default(false),
});
export type PackChoice = z.output<typeof PackChoice>;
export type PackChoiceInput = z.input<typeof PackChoice>;

export const DEFAULT_PACK_CHOICE: PackChoice = PackChoice.parse({});

const CoverOverride = z
  .strictObject({
    for: coverLine.optional(),
    reference: coverLine.optional(),
    date: isoDate('Cover date').optional(),
    preparedBy: coverLine.optional(),
  })
  .optional();

/** What one export changes from the kept choice (CLI options); nothing is kept. */
export const PackOverride = z.strictObject({
  /** Exactly these notes, in this order. */
  noteIds: z.array(Id).max(1000).optional(),
  includeDrafts: z.boolean().optional(),
  cover: CoverOverride,
  numberedParagraphs: z.boolean().optional(),
});
export type PackOverride = z.infer<typeof PackOverride>;

const defined = <T extends object>(o: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The kept choice with an export's own options over it. */
export function applyOverride(choice: PackChoice, override: PackOverride | undefined): PackChoice {
  if (!override) return choice;
  const { cover, ...rest } = override;
  return PackChoice.parse({ ...choice, ...defined(rest), cover: { ...choice.cover, ...defined(cover) } });
}

/** Notes in programme order: notes about the whole visit first, then by meeting time. */
export function packOrder<N extends Pick<Note, 'programmeItemId' | 'createdAt'>>(
  notes: readonly N[],
  programme: readonly Pick<ProgrammeItem, 'id' | 'start'>[],
): N[] {
  const start = new Map(programme.map((p) => [p.id, p.start]));
  const key = (n: N) => (n.programmeItemId && start.get(n.programmeItemId)) || '';
  return [...notes].sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt));
}

/** The notes a choice puts in the pack, in order, and the others (offered to add). */
export function packSelection<N extends Pick<Note, 'id' | 'programmeItemId' | 'createdAt'>>(
  choice: Pick<PackChoice, 'noteIds' | 'leftOut'>,
  notes: readonly N[],
  programme: readonly Pick<ProgrammeItem, 'id' | 'start'>[],
): { included: N[]; left: N[] } {
  const ordered = packOrder(notes, programme);
  const out = new Set(choice.leftOut);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const chosen = (choice.noteIds ?? [])
    .filter((id) => !out.has(id))
    .map((id) => byId.get(id))
    .filter((n): n is N => n !== undefined);
  const listed = new Set([...chosen.map((n) => n.id), ...out]);
  return {
    included: [...chosen, ...ordered.filter((n) => !listed.has(n.id))],
    left: ordered.filter((n) => out.has(n.id)),
  };
}
