import fs from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../api/result';
import { findResource } from '../files/resources';

const Colour = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'must be a hex colour like 1F3864');
const Points = z.number().min(6).max(72);

export const WordStyle = z.object({
  bodyFont: z.string().min(1),
  headingFont: z.string().min(1),
  monoFont: z.string().min(1),
  bodySize: Points,
  headingSizes: z.array(Points).length(3),
  titleSize: Points,
  markingSize: Points,
  accentColour: Colour,
  markingColour: Colour,
  tableHeaderFill: Colour,
  department: z.string(),
  author: z.string(),
});
export type WordStyle = z.infer<typeof WordStyle>;

/** resources/word-style.json, wherever this installation keeps it. */
export function defaultStyleFile(from = __dirname): string {
  return findResource('word-style.json', from);
}

/** The one style definition of exported documents (resources/word-style.json). */
export function loadWordStyle(file = defaultStyleFile()): WordStyle {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppFailure('storage_error', `Cannot read the Word style file ${file}: ${(e as Error).message}`);
  }
  const parsed = WordStyle.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppFailure('invalid_input', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
