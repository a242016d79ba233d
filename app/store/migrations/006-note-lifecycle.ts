import type { Database } from 'better-sqlite3';
import type { NoteContent } from '../../domain/content';
import { plainText } from '../../domain/content-validation';
import { convertItalicPrompts } from '../../domain/placeholders';
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
 * Version 6: the note's life from template to cleared export.
 *
 * - Clearance: who cleared a note, when, and the field values it was cleared with (JSON), so a
 *   cleared note shows and exports what was cleared (app/templates/freeze.ts). Notes cleared before
 *   this version have none and keep showing live values until they are reopened and cleared again.
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
  },
};
