import { z } from 'zod';
import { Classification, DEFAULT_CLASSIFICATION } from './classification';
import { countryCode } from './country';
import { isoDate, TimeZone } from './dates';
import { Id } from './ids';
import { line, prose } from './text';

export const VISIT_KINDS = ['state', 'official', 'working', 'private', 'other'] as const;
export const VisitKind = z.enum(VISIT_KINDS, { error: `kind must be one of ${VISIT_KINDS.join(', ')}` });
export type VisitKind = z.infer<typeof VisitKind>;

export const VISIT_STATUSES = ['planned', 'confirmed', 'completed', 'cancelled'] as const;
export const VisitStatus = z.enum(VISIT_STATUSES, {
  error: `status must be one of ${VISIT_STATUSES.join(', ')}`,
});
export type VisitStatus = z.infer<typeof VisitStatus>;

/** What a user types to create or edit a visit. Fields the user need not fill have defaults. */
export const VisitFields = z.object({
  title: line('Title', 200),
  kind: VisitKind.default('official'),
  hostCountry: countryCode('Host country'),
  guestCountry: countryCode('Guest country'),
  city: line('City', 100),
  startDate: isoDate('Start date'),
  endDate: isoDate('End date'),
  timeZone: TimeZone.default('UTC'),
  status: VisitStatus.default('planned'),
  classification: Classification.default(DEFAULT_CLASSIFICATION),
  principalId: Id.nullish().transform((v) => v ?? null),
  counterpartId: Id.nullish().transform((v) => v ?? null),
  description: prose('Description', 20_000).default(''),
});

/** Cross-field rule, shared by create and update so the two can never disagree. */
function endNotBeforeStart<T extends { startDate: string; endDate: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must not be before the start date' });
  }
}

export const VisitInput = VisitFields.superRefine(endNotBeforeStart);
export type VisitInput = z.input<typeof VisitInput>;

export const Visit = VisitFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof Visit>;

/** The row shown in the visits list. */
export type VisitSummary = Pick<
  Visit,
  | 'id'
  | 'title'
  | 'kind'
  | 'hostCountry'
  | 'guestCountry'
  | 'city'
  | 'startDate'
  | 'endDate'
  | 'status'
  | 'classification'
>;

export { endNotBeforeStart };
