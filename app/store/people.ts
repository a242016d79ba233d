import type { Database } from 'better-sqlite3';
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
}

function fromRow(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    titles: JSON.parse(r.titles) as Person['titles'],
    ...(r.country ? { country: r.country } : {}),
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
        `INSERT INTO people (id, visit_id, name, aliases, titles, country, biography, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
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
      );
    return { id, ...data };
  }
}
