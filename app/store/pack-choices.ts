import type { Database } from 'better-sqlite3';
import { DEFAULT_PACK_CHOICE, PackChoice } from '../domain/pack';

/** The briefing pack chosen for each visit (migration 7). */
export class PackChoiceRepository {
  constructor(private readonly db: Database) {}

  /** The visit's choice, or the default one (every note, drafts in, no numbering). */
  get(visitId: string): PackChoice {
    const row = this.db.prepare('SELECT choice FROM pack_choices WHERE visit_id = ?').get(visitId) as
      { choice: string } | undefined;
    if (!row) return DEFAULT_PACK_CHOICE;
    // A choice an older or newer app wrote that no longer validates falls back to the default.
    const parsed = PackChoice.safeParse(JSON.parse(row.choice));
    return parsed.success ? parsed.data : DEFAULT_PACK_CHOICE;
  }

  /** Whether the visit has a choice of its own (the interchange file carries only those). */
  has(visitId: string): boolean {
    return this.db.prepare('SELECT 1 FROM pack_choices WHERE visit_id = ?').get(visitId) !== undefined;
  }

  set(visitId: string, choice: PackChoice): PackChoice {
    this.db
      .prepare(
        'INSERT INTO pack_choices (visit_id, choice) VALUES (?, ?) ON CONFLICT (visit_id) DO UPDATE SET choice = excluded.choice',
      )
      .run(visitId, JSON.stringify(choice));
    return choice;
  }
}
