import type { Migration } from './types';

/**
 * Version 2: notes with their revision history, full-text search over notes, people and visits,
 * user templates and settings.
 *
 * Search uses external-content FTS5 tables kept in step by triggers, so the text is stored once
 * and a rebuild can always regenerate the index. unicode61 with remove_diacritics 2 makes
 * "Cavusoglu" find "Çavuşoğlu"; the prefix index makes "Cavu*" fast.
 */
export const migration002: Migration = {
  version: 2,
  name: 'notes-search',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id                 TEXT PRIMARY KEY,
        visit_id           TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        programme_item_id  TEXT REFERENCES programme_items (id) ON DELETE SET NULL,
        title              TEXT NOT NULL,
        template           TEXT,
        status             TEXT NOT NULL CHECK (status IN ('draft', 'review', 'cleared')),
        classification     TEXT NOT NULL,
        content            TEXT NOT NULL,     -- Lexical SerializedEditorState (JSON): the source of truth
        plain_text         TEXT NOT NULL,     -- derived from content, for search
        revision           INTEGER NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_visit ON notes (visit_id, updated_at);
      CREATE INDEX notes_by_item ON notes (programme_item_id);

      -- Snapshots: on every status change, on restore, and at most every few minutes of editing.
      CREATE TABLE note_revisions (
        note_id     TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        revision    INTEGER NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('created', 'edit', 'status', 'reopened', 'restored')),
        title       TEXT NOT NULL,
        status      TEXT NOT NULL,
        content     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (note_id, revision)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE templates (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        description  TEXT NOT NULL DEFAULT '',
        content      TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL   -- JSON
      ) STRICT;

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, plain_text, content = 'notes', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, plain_text ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
        INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

      CREATE VIRTUAL TABLE people_fts USING fts5 (
        name, aliases, content = 'people', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
      END;
      CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
      END;
      CREATE TRIGGER people_fts_update AFTER UPDATE OF name, aliases ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
        INSERT INTO people_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
      END;

      CREATE VIRTUAL TABLE visits_fts USING fts5 (
        title, city, description, content = 'visits', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits BEGIN
        INSERT INTO visits_fts (rowid, title, city, description) VALUES (new.rowid, new.title, new.city, new.description);
      END;
      CREATE TRIGGER visits_fts_delete AFTER DELETE ON visits BEGIN
        INSERT INTO visits_fts (visits_fts, rowid, title, city, description)
          VALUES ('delete', old.rowid, old.title, old.city, old.description);
      END;
      CREATE TRIGGER visits_fts_update AFTER UPDATE OF title, city, description ON visits BEGIN
        INSERT INTO visits_fts (visits_fts, rowid, title, city, description)
          VALUES ('delete', old.rowid, old.title, old.city, old.description);
        INSERT INTO visits_fts (rowid, title, city, description) VALUES (new.rowid, new.title, new.city, new.description);
      END;

      -- Index what version 1 already held.
      INSERT INTO people_fts (people_fts) VALUES ('rebuild');
      INSERT INTO visits_fts (visits_fts) VALUES ('rebuild');
    `);
  },
};
