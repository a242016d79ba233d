import type { Migration } from './types';

/**
 * Version 7: the briefing pack chosen for a visit (which notes, in what order, drafts or not, the
 * cover, numbered paragraphs) is kept with the visit, as the PackChoice JSON.
 */
export const migration007: Migration = {
  version: 7,
  name: 'pack-choices',
  up(db) {
    db.exec(`
      CREATE TABLE pack_choices (
        visit_id  TEXT PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
        choice    TEXT NOT NULL            -- PackChoice as JSON
      ) STRICT;
    `);
  },
};
