import type { Migration } from './types';

/**
 * Version 4: a note save records that the search index must catch up instead of rewriting it.
 *
 * Re-indexing a changed note (taking its old words out of notes_fts, putting the new ones in)
 * wrote about seven pages per save, each flushed to disk before the save returned; autosave does
 * this every few seconds while someone types. Now the save writes one small row into
 * notes_fts_pending, and only the first time after a search: what the index still holds for that
 * note, which is what taking it out needs. search() applies the pending rows in one transaction
 * before it reads the index (SearchRepository.catchUp), so every search sees every saved word, and
 * ten autosaves between two searches cost one re-indexing instead of ten.
 *
 * The pending row is written in the save's own transaction: after a crash it is there exactly when
 * the save is, and the next search catches up.
 */
export const migration004: Migration = {
  version: 4,
  name: 'search-index-catch-up',
  up(db) {
    db.exec(`
      CREATE TABLE notes_fts_pending (
        note_rowid  INTEGER PRIMARY KEY,   -- notes.rowid
        title       TEXT NOT NULL,         -- what notes_fts holds for the note now
        plain_text  TEXT NOT NULL
      ) STRICT;

      DROP TRIGGER notes_fts_update;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, plain_text ON notes
        WHEN old.title IS NOT new.title OR old.plain_text IS NOT new.plain_text BEGIN
        INSERT OR IGNORE INTO notes_fts_pending (note_rowid, title, plain_text)
          VALUES (old.rowid, old.title, old.plain_text);
      END;

      -- The index holds the pending row's words if there is one, else the row's own.
      DROP TRIGGER notes_fts_delete;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, plain_text)
          SELECT 'delete', old.rowid, coalesce(p.title, old.title), coalesce(p.plain_text, old.plain_text)
            FROM (SELECT 1) LEFT JOIN notes_fts_pending p ON p.note_rowid = old.rowid;
        DELETE FROM notes_fts_pending WHERE note_rowid = old.rowid;
      END;
    `);
  },
};
