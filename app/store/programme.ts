import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import type { z } from 'zod';
import type { ProgrammeItem, ProgrammeItemFields } from '../domain/programme';

/** An item's fields, and the calendar UID it came in with, if any (migration 8). */
type ItemData = z.output<typeof ProgrammeItemFields> & { uid?: string | undefined };

interface ItemRow {
  id: string;
  visit_id: string;
  start: string;
  end: string | null;
  title: string;
  location: string | null;
  uid: string | null;
}

export class ProgrammeRepository {
  constructor(private readonly db: Database) {}

  listForVisit(visitId: string): ProgrammeItem[] {
    const rows = this.db
      .prepare('SELECT * FROM programme_items WHERE visit_id = ? ORDER BY start, title')
      .all(visitId) as ItemRow[];
    const participants = this.db.prepare(
      'SELECT person_id FROM programme_participants WHERE item_id = ? ORDER BY position',
    );
    return rows.map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      start: r.start,
      ...(r.end ? { end: r.end } : {}),
      title: r.title,
      ...(r.location ? { location: r.location } : {}),
      ...(r.uid ? { uid: r.uid } : {}),
      participants: (participants.all(r.id) as { person_id: string }[]).map((p) => p.person_id),
    }));
  }

  create(visitId: string, id: string, data: ItemData): ProgrammeItem {
    this.db
      .prepare(
        'INSERT INTO programme_items (id, visit_id, start, end, title, location, uid) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, visitId, data.start, data.end ?? null, data.title, data.location ?? null, data.uid ?? null);
    const addParticipant = this.db.prepare(
      'INSERT INTO programme_participants (item_id, person_id, position) VALUES (?, ?, ?)',
    );
    data.participants.forEach((personId, i) => addParticipant.run(id, personId, i));
    return { id, visitId, ...data };
  }

  /** The item of a visit with a calendar UID: one it was imported with, or exported under (`id@briefing`). */
  findByUid(visitId: string, uid: string): string | undefined {
    const row = this.db
      .prepare(
        `SELECT id FROM programme_items WHERE visit_id = @visitId AND (uid = @uid OR (uid IS NULL AND id || '@briefing' = @uid))`,
      )
      .get({ visitId, uid }) as { id: string } | undefined;
    return row?.id;
  }

  visitOf(id: string): string {
    const row = this.db.prepare('SELECT visit_id FROM programme_items WHERE id = ?').get(id) as
      { visit_id: string } | undefined;
    if (!row) throw new AppFailure('not_found', `No programme item with id ${id}.`);
    return row.visit_id;
  }

  update(id: string, data: ItemData): ProgrammeItem {
    const visitId = this.visitOf(id);
    this.db
      .prepare(
        'UPDATE programme_items SET start = ?, end = ?, title = ?, location = ?, uid = coalesce(?, uid) WHERE id = ?',
      )
      .run(data.start, data.end ?? null, data.title, data.location ?? null, data.uid ?? null, id);
    this.db.prepare('DELETE FROM programme_participants WHERE item_id = ?').run(id);
    const addParticipant = this.db.prepare(
      'INSERT INTO programme_participants (item_id, person_id, position) VALUES (?, ?, ?)',
    );
    data.participants.forEach((personId, i) => addParticipant.run(id, personId, i));
    return { id, visitId, ...data };
  }

  delete(id: string): void {
    this.visitOf(id);
    this.db.prepare('DELETE FROM programme_items WHERE id = ?').run(id);
  }
}
