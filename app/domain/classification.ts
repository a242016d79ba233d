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
