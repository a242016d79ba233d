import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Classification, DEFAULT_CLASSIFICATIONS } from '../domain/classification';

/** The settings of an installation, with their defaults. */
export const Settings = z.object({
  /** The ordered list of markings offered for visits and notes. */
  classifications: z
    .array(Classification)
    .min(1, 'at least one classification is needed')
    .max(20)
    .refine((l) => new Set(l).size === l.length, 'a classification is listed twice')
    .default([...DEFAULT_CLASSIFICATIONS]),
  /** Printed as the originating department at the foot of a briefing pack. */
  department: z.string().trim().max(200).default(''),
  author: z.string().trim().max(200).default(''),
  /** The language of exported documents (BCP 47), for Word's spelling and hyphenation. */
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language must be a BCP 47 tag such as en-GB')
    .default('en-GB'),
  /** A brief longer than this many exported pages is flagged in the note (the domain's rule: two). */
  briefPageLimit: z.number().int().min(1).max(100).default(2),
  /** Typographic quotes and dashes as you type (en-GB: ‘ ’ “ ” –). */
  smartQuotes: z.boolean().default(true),
});
export type Settings = z.output<typeof Settings>;

type Shape = typeof Settings.shape;
/**
 * A change to some settings: only the keys given. (Settings.partial() would fill in the defaults
 * of the keys not given, so saving the department reset the classification list.)
 */
export const SettingsChanges = z.strictObject(
  Object.fromEntries(Object.entries(Settings.shape).map(([key, field]) => [key, field.unwrap().optional()])) as {
    [K in keyof Shape]: z.ZodOptional<ReturnType<Shape[K]['unwrap']>>;
  },
);

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    // A value that no longer validates (an older app wrote it) falls back to its default.
    const parsed = Settings.safeParse(stored);
    return parsed.success ? parsed.data : Settings.parse({});
  }

  set(changes: Partial<Settings>): Settings {
    const put = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) put.run(key, JSON.stringify(value));
    }
    return this.get();
  }
}
