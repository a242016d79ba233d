import type { z } from 'zod';
import type { FieldIssue } from './result';

/** zod issues -> field issues with dotted paths and the human message of the schema. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
}

/** One line summarising the first problems, e.g. "endDate: End date must not be before ...". */
export function summarise(issues: FieldIssue[], limit = 3): string {
  const shown = issues.slice(0, limit).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}
