import { z } from 'zod';

/** The default ordered list of markings; an installation may configure its own (settings). */
export const DEFAULT_CLASSIFICATIONS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'] as const;
export const DEFAULT_CLASSIFICATION = 'OFFICIAL';

export const Classification = z
  .string()
  .trim()
  .min(1, 'classification is required')
  .max(40, 'classification is too long (at most 40 characters)')
  .regex(/^[A-Z0-9][A-Z0-9 \-/]*$/, 'classification must be written in capitals, e.g. OFFICIAL');
export type Classification = z.infer<typeof Classification>;

/**
 * Why `value` may not be given as a marking under the installation's list, or undefined if it may.
 *
 * A marking later taken off the list stays on the visits and notes that carry it: they remain
 * readable, editable and exportable with it, and an edit that leaves it unchanged (`kept`) is
 * accepted, because silently re-marking official papers is worse than an old marking. What a
 * retired marking cannot do is be newly given: to a new visit or note, by a change, or by import.
 */
export function classificationProblem(allowed: readonly string[], value: string, kept?: string): string | undefined {
  if (allowed.includes(value) || value === kept) return undefined;
  return `${value} is not one of this installation's classifications (${allowed.join(', ')})`;
}

/**
 * "Classification raised: OFFICIAL → RESTRICTED": how a change of marking is recorded. The order is
 * the installation's list (lowest first); a marking off the list can only be said to have changed.
 */
export function describeClassificationChange(order: readonly string[], from: string, to: string): string {
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  const verb = a < 0 || b < 0 ? 'changed' : b > a ? 'raised' : 'lowered';
  return `Classification ${verb}: ${from} → ${to}`;
}
