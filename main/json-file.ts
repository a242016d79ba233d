import fs from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from '../app/files/write-file';

/**
 * Reads a small settings file of the desktop shell and validates it. A missing, unreadable,
 * malformed or invalid file gives undefined (the caller falls back to its defaults): a damaged
 * preference must never keep the app from starting.
 */
export function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
  log: (msg: string) => void = () => {},
): z.output<S> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`cannot read ${file}: ${(e as Error).message}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    log(`ignoring ${file}: not valid JSON`);
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    log(`ignoring ${file}: ${parsed.error.issues[0]?.path.join('.') || '(file)'}: ${parsed.error.issues[0]?.message}`);
    return undefined;
  }
  return parsed.data;
}

/** Writes the file atomically (temp file + rename), so a crash never leaves half a file. */
export function writeJsonFile(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
