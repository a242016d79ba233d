import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import type { Visit, VisitSummary } from '../domain/visit';
import type { z } from 'zod';
import type { VisitFields } from '../domain/visit';
import type { Clock } from './clock';

export type VisitData = z.output<typeof VisitFields>;

interface VisitRow {
  id: string;
  title: string;
  kind: string;
  host_country: string;
  guest_country: string;
  city: string;
  start_date: string;
  end_date: string;
  time_zone: string;
  status: string;
  classification: string;
  principal_id: string | null;
  counterpart_id: string | null;
  description: string;
  created_at: string;
  updated_at: string;
}

function fromRow(r: VisitRow): Visit {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind as Visit['kind'],
    hostCountry: r.host_country,
    guestCountry: r.guest_country,
    city: r.city,
    startDate: r.start_date,
    endDate: r.end_date,
    timeZone: r.time_zone,
    status: r.status as Visit['status'],
    classification: r.classification,
    principalId: r.principal_id,
    counterpartId: r.counterpart_id,
    description: r.description,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toSummary(v: Visit): VisitSummary {
  const { id, title, kind, hostCountry, guestCountry, city, startDate, endDate, status, classification } = v;
  return { id, title, kind, hostCountry, guestCountry, city, startDate, endDate, status, classification };
}

export class VisitRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** Newest first: the visit being prepared is usually the next one. */
  list(): VisitSummary[] {
    const rows = this.db.prepare('SELECT * FROM visits ORDER BY start_date DESC, title').all() as VisitRow[];
    return rows.map((r) => toSummary(fromRow(r)));
  }

  find(id: string): Visit | undefined {
    const row = this.db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
    return row && fromRow(row);
  }

  get(id: string): Visit {
    const visit = this.find(id);
    if (!visit) throw new AppFailure('not_found', `No visit with id ${id}.`);
    return visit;
  }

  create(id: string, data: VisitData, times?: { createdAt: string; updatedAt: string }): Visit {
    if (this.find(id)) throw new AppFailure('already_exists', `A visit with id ${id} already exists.`);
    const at = this.now();
    const createdAt = times?.createdAt ?? at;
    const updatedAt = times?.updatedAt ?? at;
    this.db
      .prepare(
        `INSERT INTO visits (id, title, kind, host_country, guest_country, city, start_date, end_date,
           time_zone, status, classification, principal_id, counterpart_id, description, created_at, updated_at)
         VALUES (@id, @title, @kind, @hostCountry, @guestCountry, @city, @startDate, @endDate,
           @timeZone, @status, @classification, @principalId, @counterpartId, @description, @createdAt, @updatedAt)`,
      )
      .run({ ...data, id, createdAt, updatedAt });
    return this.get(id);
  }

  update(id: string, data: VisitData): Visit {
    const result = this.db
      .prepare(
        `UPDATE visits SET title = @title, kind = @kind, host_country = @hostCountry, guest_country = @guestCountry,
           city = @city, start_date = @startDate, end_date = @endDate, time_zone = @timeZone, status = @status,
           classification = @classification, principal_id = @principalId, counterpart_id = @counterpartId,
           description = @description, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...data, id, at: this.now() });
    if (result.changes === 0) throw new AppFailure('not_found', `No visit with id ${id}.`);
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM visits WHERE id = ?').run(id).changes === 0) {
      throw new AppFailure('not_found', `No visit with id ${id}.`);
    }
  }
}
