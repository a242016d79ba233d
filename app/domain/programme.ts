import { z } from 'zod';
import { Id } from './ids';
import { localDateTime } from './dates';
import { line, optionalLine } from './text';

export const ProgrammeItemFields = z
  .object({
    /** Wall-clock time in the visit's time zone, YYYY-MM-DDTHH:mm. */
    start: localDateTime('Start'),
    end: localDateTime('End').optional(),
    title: line('Title', 300),
    location: optionalLine('Location', 300),
    /** Person ids, in order of precedence. */
    participants: z.array(Id).max(200).default([]),
  })
  .refine((p) => !p.end || p.start <= p.end, { path: ['end'], message: 'End must not be before the start' });

export type ProgrammeItemInput = z.input<typeof ProgrammeItemFields>;
export type ProgrammeItem = z.infer<typeof ProgrammeItemFields> & { id: string; visitId: string };
