import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import type { z } from 'zod';
import type { Person, PersonFields } from '../domain/person';

type PersonData = z.output<typeof PersonFields>;

interface PersonRow {
  id: string;
  name: string;
  aliases: string;
  titles: string;
  country: string | null;
  biography: string;
  native_name: string | null;
}

function fromRow(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    titles: JSON.parse(r.titles) as Person['titles'],
    ...(r.country ? { country: r.country } : {}),
    ...(r.native_name ? { nativeName: r.native_name } : {}),
    biography: r.biography,
  };
}

export class PersonRepository {
  constructor(private readonly db: Database) {}

  listForVisit(visitId: string): Person[] {
    const rows = this.db
      .prepare('SELECT * FROM people WHERE visit_id = ? ORDER BY position')
      .all(visitId) as PersonRow[];
    return rows.map(fromRow);
  }

  create(visitId: string, id: string, data: PersonData): Person {
    const position = (
      this.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM people WHERE visit_id = ?').get(visitId) as {
        p: number;
      }
    ).p;
    this.db
      .prepare(
        `INSERT INTO people (id, visit_id, name, aliases, titles, country, biography, position, native_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        visitId,
        data.name,
        JSON.stringify(data.aliases),
        JSON.stringify(data.titles),
        data.country ?? null,
        data.biography,
        position,
        data.nativeName ?? null,
      );
    return { id, ...data };
  }

  find(id: string): (Person & { visitId: string }) | undefined {
    const row = this.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as
      (PersonRow & { visit_id: string }) | undefined;
    return row && { ...fromRow(row), visitId: row.visit_id };
  }

  get(id: string): Person & { visitId: string } {
    const person = this.find(id);
    if (!person) throw new AppFailure('not_found', `No person with id ${id}.`);
    return person;
  }

  update(id: string, data: PersonData): Person {
    const result = this.db
      .prepare(
        'UPDATE people SET name = ?, aliases = ?, titles = ?, country = ?, biography = ?, native_name = ? WHERE id = ?',
      )
      .run(
        data.name,
        JSON.stringify(data.aliases),
        JSON.stringify(data.titles),
        data.country ?? null,
        data.biography,
        data.nativeName ?? null,
        id,
      );
    if (result.changes === 0) throw new AppFailure('not_found', `No person with id ${id}.`);
    return { id, ...data };
  }

  /** Removing a person also removes them from every programme item they were part of. */
  delete(id: string): void {
    if (this.db.prepare('DELETE FROM people WHERE id = ?').run(id).changes === 0) {
      throw new AppFailure('not_found', `No person with id ${id}.`);
    }
    this.db.prepare('UPDATE visits SET principal_id = NULL WHERE principal_id = ?').run(id);
    this.db.prepare('UPDATE visits SET counterpart_id = NULL WHERE counterpart_id = ?').run(id);
  }
}
