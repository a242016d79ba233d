import type { Migration } from './types';

/** Version 1: visits, the people met and the programme. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id              TEXT PRIMARY KEY,
        title           TEXT NOT NULL,
        kind            TEXT NOT NULL,
        host_country    TEXT NOT NULL,
        guest_country   TEXT NOT NULL,
        city            TEXT NOT NULL,
        start_date      TEXT NOT NULL,
        end_date        TEXT NOT NULL,
        time_zone       TEXT NOT NULL,
        status          TEXT NOT NULL,
        classification  TEXT NOT NULL,
        principal_id    TEXT,
        counterpart_id  TEXT,
        description     TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_by_start ON visits (start_date);

      CREATE TABLE people (
        id         TEXT PRIMARY KEY,
        visit_id   TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
        titles     TEXT NOT NULL DEFAULT '[]',   -- JSON array of {title, organisation?, from?, to?}
        country    TEXT,
        biography  TEXT NOT NULL DEFAULT '',
        position   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX people_by_visit ON people (visit_id, position);

      CREATE TABLE programme_items (
        id         TEXT PRIMARY KEY,
        visit_id   TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        start      TEXT NOT NULL,
        end        TEXT,
        title      TEXT NOT NULL,
        location   TEXT
      ) STRICT;
      CREATE INDEX programme_by_visit ON programme_items (visit_id, start);

      CREATE TABLE programme_participants (
        item_id    TEXT NOT NULL REFERENCES programme_items (id) ON DELETE CASCADE,
        person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (item_id, person_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
