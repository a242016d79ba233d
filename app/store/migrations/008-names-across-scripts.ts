import { registerNameKeys } from '../name-keys';
import type { Migration } from './types';

/**
 * Version 8: names across scripts, and programme items a calendar can update.
 *
 * - A transliterated shadow of every searchable text (notes, people, visits): its words' match keys
 *   (app/names/transliterate.ts), in contentless FTS5 tables beside the existing indexes, so
 *   "Тлеуберди" finds "Tleuberdi" and "Tleuberdy" finds both. The keys come from name_keys(), a
 *   function the store registers on its connection (store/name-keys.ts). Notes' shadows catch up
 *   with notes_fts (migration 4: the pending rows), so a save costs no more than before; people
 *   and visits are few and kept in step by triggers.
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
      CREATE TRIGGER notes_latin_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_latin (rowid, keys) VALUES (new.rowid, name_keys(new.title || ' ' || new.plain_text));
      END;
      CREATE TRIGGER notes_latin_delete AFTER DELETE ON notes BEGIN
        DELETE FROM notes_latin WHERE rowid = old.rowid;
      END;

      CREATE VIRTUAL TABLE people_latin USING fts5 (keys, ${fts});
      CREATE TRIGGER people_latin_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_latin (rowid, keys)
          VALUES (new.rowid, name_keys(new.name || ' ' || new.aliases || ' ' || coalesce(new.native_name, '')));
      END;
      CREATE TRIGGER people_latin_delete AFTER DELETE ON people BEGIN
        DELETE FROM people_latin WHERE rowid = old.rowid;
      END;
      CREATE TRIGGER people_latin_update AFTER UPDATE OF name, aliases, native_name ON people
        WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases OR old.native_name IS NOT new.native_name BEGIN
        DELETE FROM people_latin WHERE rowid = old.rowid;
        INSERT INTO people_latin (rowid, keys)
          VALUES (new.rowid, name_keys(new.name || ' ' || new.aliases || ' ' || coalesce(new.native_name, '')));
      END;

      CREATE VIRTUAL TABLE visits_latin USING fts5 (keys, ${fts});
      CREATE TRIGGER visits_latin_insert AFTER INSERT ON visits BEGIN
        INSERT INTO visits_latin (rowid, keys)
          VALUES (new.rowid, name_keys(new.title || ' ' || new.city || ' ' || new.description));
      END;
      CREATE TRIGGER visits_latin_delete AFTER DELETE ON visits BEGIN
        DELETE FROM visits_latin WHERE rowid = old.rowid;
      END;
      CREATE TRIGGER visits_latin_update AFTER UPDATE OF title, city, description ON visits
        WHEN old.title IS NOT new.title OR old.city IS NOT new.city OR old.description IS NOT new.description BEGIN
        DELETE FROM visits_latin WHERE rowid = old.rowid;
        INSERT INTO visits_latin (rowid, keys)
          VALUES (new.rowid, name_keys(new.title || ' ' || new.city || ' ' || new.description));
      END;

      -- The shadows of what the file already holds.
      INSERT INTO notes_latin (rowid, keys) SELECT rowid, name_keys(title || ' ' || plain_text) FROM notes;
      INSERT INTO people_latin (rowid, keys) SELECT rowid, name_keys(name || ' ' || aliases) FROM people;
      INSERT INTO visits_latin (rowid, keys) SELECT rowid, name_keys(title || ' ' || city || ' ' || description) FROM visits;
    `);
  },
};
