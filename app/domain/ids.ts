import { z } from 'zod';

/**
 * Ids are opaque strings. They travel in the interchange format and in users' scripts, so the
 * alphabet is deliberately boring: safe in file names, URLs and shells.
 */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'must be 1–100 letters, digits, or . _ : -');
export type Id = z.infer<typeof Id>;

export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}
