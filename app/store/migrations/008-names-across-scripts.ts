import { registerNameKeys } from '../name-keys';
import type { Migration } from './types';

/**
 * Version 8: names across scripts, and programme items a calendar can update.
 *
 * - A transliterated shadow of every searchable text (notes, people, visits): its words' match keys
 *   (app/names/transliterate.ts), in contentless FTS5 tables beside the existing indexes, so
 *   "Тлеуберди" finds "Tleuberdi" and "Tleuberdy" finds both. The keys come from name_keys(), a
 *   function the store registers on its connection (store/name-keys.ts). Triggers only note which
 *   rows are due (names_pending): with trusted_schema off a trigger may not call an application
 *   function, and a save costs no more than before. search() computes the due keys first.
 * - people.native_name: the name in the person's own script (optional).
 * - programme_items.uid: the iCalendar UID an item came from or was exported under, so importing
 *   the same calendar again updates items instead of adding them (unique within a visit).
 */
export const migration008: Migration = {
  version: 8,
  name: 'names-across-scripts',
  up(db) {
    registerNameKeys(db);
    const fts = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;
    db.exec(`
      ALTER TABLE people ADD COLUMN native_name TEXT;
      ALTER TABLE programme_items ADD COLUMN uid TEXT;
      CREATE UNIQUE INDEX programme_by_uid ON programme_items (visit_id, uid) WHERE uid IS NOT NULL;

      CREATE VIRTUAL TABLE notes_latin USING fts5 (keys, ${fts});
      CREATE VIRTUAL TABLE people_latin USING fts5 (keys, ${fts});
      CREATE VIRTUAL TABLE visits_latin USING fts5 (keys, ${fts});

      -- Rows whose shadow is due. The triggers only note the row: name_keys() is ours, and with
      -- trusted_schema off (a received file's schema may run nothing) a trigger may not call it;
      -- search() computes the keys in a statement of its own before it reads (store/search.ts).
      CREATE TABLE names_pending (
        kind TEXT NOT NULL CHECK (kind IN ('note', 'person', 'visit')),
        row INTEGER NOT NULL,
        PRIMARY KEY (kind, row)
      ) WITHOUT ROWID;

      CREATE TRIGGER notes_latin_insert AFTER INSERT ON notes BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('note', new.rowid);
      END;
      CREATE TRIGGER notes_latin_update AFTER UPDATE OF title, plain_text ON notes
        WHEN old.title IS NOT new.title OR old.plain_text IS NOT new.plain_text BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('note', new.rowid);
      END;
      CREATE TRIGGER notes_latin_delete AFTER DELETE ON notes BEGIN
        DELETE FROM notes_latin WHERE rowid = old.rowid;
        DELETE FROM names_pending WHERE kind = 'note' AND row = old.rowid;
      END;

      CREATE TRIGGER people_latin_insert AFTER INSERT ON people BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('person', new.rowid);
      END;
      CREATE TRIGGER people_latin_update AFTER UPDATE OF name, aliases, native_name ON people
        WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases OR old.native_name IS NOT new.native_name BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('person', new.rowid);
      END;
      CREATE TRIGGER people_latin_delete AFTER DELETE ON people BEGIN
        DELETE FROM people_latin WHERE rowid = old.rowid;
        DELETE FROM names_pending WHERE kind = 'person' AND row = old.rowid;
      END;

      CREATE TRIGGER visits_latin_insert AFTER INSERT ON visits BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('visit', new.rowid);
      END;
      CREATE TRIGGER visits_latin_update AFTER UPDATE OF title, city, description ON visits
        WHEN old.title IS NOT new.title OR old.city IS NOT new.city OR old.description IS NOT new.description BEGIN
        INSERT OR IGNORE INTO names_pending (kind, row) VALUES ('visit', new.rowid);
      END;
      CREATE TRIGGER visits_latin_delete AFTER DELETE ON visits BEGIN
        DELETE FROM visits_latin WHERE rowid = old.rowid;
        DELETE FROM names_pending WHERE kind = 'visit' AND row = old.rowid;
      END;

      -- The shadows of what the file already holds (our own statements: name_keys() may run here).
      INSERT INTO notes_latin (rowid, keys) SELECT rowid, name_keys(title || ' ' || plain_text) FROM notes;
      INSERT INTO people_latin (rowid, keys) SELECT rowid, name_keys(name || ' ' || aliases) FROM people;
      INSERT INTO visits_latin (rowid, keys) SELECT rowid, name_keys(title || ' ' || city || ' ' || description) FROM visits;
    `);
  },
};
