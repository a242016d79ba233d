import type { Database } from 'better-sqlite3';
import type { NoteContent } from '../../domain/content';
import { plainText } from '../../domain/content/plain-text';
import { UNKNOWN_AUTHOR } from '../../domain/note';
import type { Person } from '../../domain/person';
import type { ProgrammeItem } from '../../domain/programme';
import type { Visit } from '../../domain/visit';
import { convertItalicPrompts } from '../../domain/placeholders';
import { freezeFields } from '../../templates/freeze';
import type { Migration } from './types';

/** Rewrites every JSON content of a table whose prompts are still italic "[…]" text. */
function convertTable(
  db: Database,
  select: string,
  update: (row: Record<string, unknown>, json: string, content: NoteContent) => void,
): void {
  // all(), not iterate(): better-sqlite3 runs no other statement while an iterator is open.
  for (const row of db.prepare(select).all() as Record<string, unknown>[]) {
    const { content, converted } = convertItalicPrompts(JSON.parse(row.content as string) as NoteContent);
    if (converted) update(row, JSON.stringify(content), content);
  }
}

/**
 * Notes already cleared get the values their visit gives at the upgrade, so they stop following
 * the visit from now on (what the visit said at the moment of clearing is not known). The rows are
 * read with this version's columns, as a migration must: the repositories follow later schemas.
 */
function freezeClearedNotes(db: Database): void {
  const notes = db
    .prepare(
      `SELECT n.id, n.visit_id, n.programme_item_id, n.classification, n.content, n.updated_at,
         (SELECT max(r.created_at) FROM note_revisions r WHERE r.note_id = n.id AND r.status = 'cleared') AS cleared_at
       FROM notes n WHERE n.status = 'cleared'`,
    )
    .all() as {
    id: string;
    visit_id: string;
    programme_item_id: string | null;
    classification: string;
    content: string;
    updated_at: string;
    cleared_at: string | null;
  }[];
  const visitOf = db.prepare(
    `SELECT title, host_country AS hostCountry, guest_country AS guestCountry, city, start_date AS startDate,
       end_date AS endDate, time_zone AS timeZone, classification, principal_id AS principalId,
       counterpart_id AS counterpartId FROM visits WHERE id = ?`,
  );
  const peopleOf = db.prepare('SELECT id, name, titles FROM people WHERE visit_id = ?');
  const itemOf = db.prepare('SELECT id, start, end, title, location FROM programme_items WHERE id = ?');
  const participantsOf = db.prepare('SELECT person_id FROM programme_participants WHERE item_id = ? ORDER BY position');
  const update = db.prepare('UPDATE notes SET cleared_by = ?, cleared_at = ?, frozen_fields = ? WHERE id = ?');
  for (const note of notes) {
    const visit = visitOf.get(note.visit_id) as Visit;
    const people = (peopleOf.all(note.visit_id) as { id: string; name: string; titles: string }[]).map(
      (p) => ({ ...p, aliases: [], biography: '', titles: JSON.parse(p.titles) }) as Person,
    );
    const row = note.programme_item_id
      ? (itemOf.get(note.programme_item_id) as
          { id: string; start: string; end: string | null; title: string; location: string | null } | undefined)
      : undefined;
    const programmeItem: ProgrammeItem | null = row
      ? {
          id: row.id,
          visitId: note.visit_id,
          start: row.start,
          ...(row.end ? { end: row.end } : {}),
          title: row.title,
          ...(row.location ? { location: row.location } : {}),
          participants: (participantsOf.all(row.id) as { person_id: string }[]).map((p) => p.person_id),
        }
      : null;
    const frozen = freezeFields(JSON.parse(note.content) as NoteContent, {
      visit,
      people,
      programmeItem,
      classification: note.classification,
    });
    update.run(UNKNOWN_AUTHOR, note.cleared_at ?? note.updated_at, JSON.stringify(frozen), note.id);
  }
}

/**
 * Version 6: the note's life from template to cleared export.
 *
 * - Clearance: who cleared a note, when, and the field values it was cleared with (JSON), so a
 *   cleared note shows and exports what was cleared (app/templates/freeze.ts). Notes cleared before
 *   this version are frozen with the values of the upgrade (freezeClearedNotes), by "Unknown author".
 * - History: entries say who made a status or details change and what changed (author, detail),
 *   and a new reason 'details' (title, classification or meeting changed from the note header).
 * - Placeholders: the italic "[…]" prompts of notes, their kept revisions and the user's
 *   templates become placeholder nodes (app/domain/placeholders.ts), the same conversion as an
 *   interchange file of version 1. Revisions and times are not changed by it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'note-lifecycle',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN cleared_by TEXT;
      ALTER TABLE notes ADD COLUMN cleared_at TEXT;
      ALTER TABLE notes ADD COLUMN frozen_fields TEXT;   -- JSON: FrozenFields

      CREATE TABLE note_revisions_6 (
        note_id     TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        revision    INTEGER NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('created', 'edit', 'status', 'reopened', 'restored', 'details')),
        title       TEXT NOT NULL,
        status      TEXT NOT NULL,
        content     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        author      TEXT,
        detail      TEXT,
        PRIMARY KEY (note_id, revision)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO note_revisions_6 (note_id, revision, reason, title, status, content, created_at)
        SELECT note_id, revision, reason, title, status, content, created_at FROM note_revisions;
      DROP TABLE note_revisions;
      ALTER TABLE note_revisions_6 RENAME TO note_revisions;
    `);
    const note = db.prepare('UPDATE notes SET content = ?, plain_text = ? WHERE id = ?');
    convertTable(db, 'SELECT id, content FROM notes', (row, json, content) =>
      note.run(json, plainText(content), row.id),
    );
    const revision = db.prepare('UPDATE note_revisions SET content = ? WHERE note_id = ? AND revision = ?');
    convertTable(db, 'SELECT note_id, revision, content FROM note_revisions', (row, json) =>
      revision.run(json, row.note_id, row.revision),
    );
    const template = db.prepare('UPDATE templates SET content = ? WHERE id = ?');
    convertTable(db, 'SELECT id, content FROM templates', (row, json) => template.run(json, row.id));
    freezeClearedNotes(db);
  },
};
