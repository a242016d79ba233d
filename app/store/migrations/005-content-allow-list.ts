import type { Database } from 'better-sqlite3';
import type { NoteContent } from '../../domain/content';
import { anythingCleaned } from '../../domain/content/cleaned';
import { normaliseContent } from '../../domain/content/normalise';
import { plainText } from '../../domain/content/plain-text';
import type { Migration } from './types';

/**
 * The row's content cleaned by the allow-list (app/domain/content), or null when there was nothing
 * to clean (the row stays byte for byte as it was) or when it cannot be read as content at all
 * (left as it was: a repair must never lose a note).
 */
function repaired(json: string): { json: string; content: NoteContent } | null {
  try {
    const { content, cleaned } = normaliseContent(JSON.parse(json));
    return anythingCleaned(cleaned) ? { json: JSON.stringify(content), content } : null;
  } catch {
    return null;
  }
}

/**
 * Version 5: notes, their history and the user's templates repaired through the content
 * allow-list (issue 15). Before it, the store checked node types but not their values: a
 * `javascript:` link, a table span of 1e308, inline CSS or a control character could be stored,
 * and the previews, the exporter and a restore met them again. Each row is rebuilt as a save
 * would write it today; the search text follows the note's content.
 */
export const migration005: Migration = {
  version: 5,
  name: 'content-allow-list',
  up(db: Database) {
    const notes = db.prepare('SELECT id, content FROM notes').all() as { id: string; content: string }[];
    const updateNote = db.prepare('UPDATE notes SET content = ?, plain_text = ? WHERE id = ?');
    for (const row of notes) {
      const r = repaired(row.content);
      if (r) updateNote.run(r.json, plainText(r.content), row.id);
    }
    // One row's content at a time: a long history does not have to fit in memory at once.
    const revisions = db.prepare('SELECT note_id, revision FROM note_revisions').all() as {
      note_id: string;
      revision: number;
    }[];
    const readRevision = db.prepare('SELECT content FROM note_revisions WHERE note_id = ? AND revision = ?').pluck();
    const updateRevision = db.prepare('UPDATE note_revisions SET content = ? WHERE note_id = ? AND revision = ?');
    for (const { note_id, revision } of revisions) {
      const r = repaired(readRevision.get(note_id, revision) as string);
      if (r) updateRevision.run(r.json, note_id, revision);
    }
    const templates = db.prepare('SELECT id, content FROM templates').all() as { id: string; content: string }[];
    const updateTemplate = db.prepare('UPDATE templates SET content = ? WHERE id = ?');
    for (const row of templates) {
      const r = repaired(row.content);
      if (r) updateTemplate.run(r.json, row.id);
    }
  },
};
