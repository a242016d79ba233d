import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import type { NoteContent } from '../domain/content';
import type { Clock } from './clock';

export interface UserTemplate {
  id: string;
  name: string;
  description: string;
  content: NoteContent;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  name: string;
  description: string;
  content: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): UserTemplate => ({
  id: r.id,
  name: r.name,
  description: r.description,
  content: JSON.parse(r.content) as NoteContent,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Templates users saved from their own notes (the built-in ones live in code). */
export class TemplateRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  list(): UserTemplate[] {
    return (this.db.prepare('SELECT * FROM templates ORDER BY name COLLATE NOCASE').all() as Row[]).map(fromRow);
  }

  find(id: string): UserTemplate | undefined {
    const row = this.db.prepare('SELECT * FROM templates WHERE id = ?').get(id) as Row | undefined;
    return row && fromRow(row);
  }

  get(id: string): UserTemplate {
    const template = this.find(id);
    if (!template) throw new AppFailure('not_found', `No template with id ${id}.`);
    return template;
  }

  /**
   * Creates the template, or replaces the one with this id. An import passes the file's times, so
   * export then import gives back the same template.
   */
  save(
    id: string,
    data: { name: string; description: string; content: NoteContent },
    times?: { createdAt: string; updatedAt: string },
  ): UserTemplate {
    const at = this.now();
    // An edit keeps the template's creation time; an import writes the file's template whole.
    const created = times ? 'excluded.created_at' : 'templates.created_at';
    this.db
      .prepare(
        `INSERT INTO templates (id, name, description, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
           content = excluded.content, created_at = ${created}, updated_at = excluded.updated_at`,
      )
      .run(
        id,
        data.name,
        data.description,
        JSON.stringify(data.content),
        times?.createdAt ?? at,
        times?.updatedAt ?? at,
      );
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes === 0) {
      throw new AppFailure('not_found', `No template with id ${id}.`);
    }
  }
}
