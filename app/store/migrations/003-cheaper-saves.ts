import type { Migration } from './types';

/**
 * Version 3: a note save writes fewer pages (each one is flushed to disk before the save returns).
 *
 * The search indexes are rewritten only when an indexed column really changed. SQLite fires
 * `AFTER UPDATE OF col` whenever col is in the SET list, changed or not, and every note save sets
 * title and plain_text: an autosave after a formatting change (or no change at all) deleted and
 * re-inserted the whole text in notes_fts, about seven extra pages in the WAL. The WHEN clause
 * keeps the index in step with exactly the same rows, for any writer.
 */
export const migration003: Migration = {
  version: 3,
  name: 'cheaper-saves',
  up(db) {
    db.exec(`
      -- updated_at changes on every save, so an index holding it was rewritten on every save too;
      -- a visit's notes are few enough to sort when listed.
      DROP INDEX notes_by_visit;
      CREATE INDEX notes_by_visit ON notes (visit_id);

      DROP TRIGGER notes_fts_update;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, plain_text ON notes
        WHEN old.title IS NOT new.title OR old.plain_text IS NOT new.plain_text BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
        INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

      DROP TRIGGER people_fts_update;
      CREATE TRIGGER people_fts_update AFTER UPDATE OF name, aliases ON people
        WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
        INSERT INTO people_fts (people_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
        INSERT INTO people_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
      END;

      DROP TRIGGER visits_fts_update;
      CREATE TRIGGER visits_fts_update AFTER UPDATE OF title, city, description ON visits
        WHEN old.title IS NOT new.title OR old.city IS NOT new.city OR old.description IS NOT new.description BEGIN
        INSERT INTO visits_fts (visits_fts, rowid, title, city, description)
          VALUES ('delete', old.rowid, old.title, old.city, old.description);
        INSERT INTO visits_fts (rowid, title, city, description) VALUES (new.rowid, new.title, new.city, new.description);
      END;
    `);
  },
};
