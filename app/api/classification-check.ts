import { classificationProblem } from '../domain/classification';
import type { Store } from '../store/store';
import { AppFailure, type FieldIssue } from './result';

/** The markings to check, with the JSON path each is reported at. */
export interface Marking {
  path: string;
  value: string;
  /** The marking the record carries now: keeping it is allowed even if it left the list. */
  kept?: string;
}

/**
 * Refuses, as invalid_input naming each path and the allowed values, a marking that is not in the
 * installation's classification list (settings).
 */
export function assertClassifications(store: Store, markings: readonly Marking[]): void {
  const allowed = store.settings.get().classifications;
  const issues: FieldIssue[] = [];
  for (const { path, value, kept } of markings) {
    const problem = classificationProblem(allowed, value, kept);
    if (problem) issues.push({ path, message: problem });
  }
  if (issues.length) throw new AppFailure('invalid_input', `${issues[0]!.path}: ${issues[0]!.message}`, issues);
}
