import { z } from 'zod';
import { Id } from './ids';
import { localDateTime } from './dates';
import { line, optionalLine } from './text';

export const ProgrammeItemShape = z.object({
  /** Wall-clock time in the visit's time zone, YYYY-MM-DDTHH:mm. */
  start: localDateTime('Start'),
  end: localDateTime('End').optional(),
  title: line('Title', 300),
  location: optionalLine('Location', 300),
  /** Person ids, in order of precedence. */
  participants: z
    .array(Id)
    .max(200)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, 'a participant is listed twice'),
});

/** Cross-field rule shared by every schema built on the shape. */
export function endNotBeforeStartTime(p: { start: string; end?: string | undefined }, ctx: z.RefinementCtx): void {
  if (p.end && p.end < p.start)
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'End must not be before the start' });
}

export const ProgrammeItemFields = ProgrammeItemShape.superRefine(endNotBeforeStartTime);

export type ProgrammeItemInput = z.input<typeof ProgrammeItemFields>;
export type ProgrammeItem = z.infer<typeof ProgrammeItemFields> & {
  id: string;
  visitId: string;
  /** The iCalendar UID the item came in with from a calendar (imported .ics), if any. */
  uid?: string;
};
