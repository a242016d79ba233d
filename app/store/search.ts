import type { Database } from 'better-sqlite3';

import type { SearchHit, SnippetPart } from '../domain/search';

const HIT_START = '\u0001';
const HIT_END = '\u0002';

/**
 * Turns what a person typed into an FTS5 query that cannot be a syntax error: every word becomes
 * a quoted prefix term, all of which must match. Operators and stray quotes are just words.
 */
export function toFtsQuery(input: string): string | undefined {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return undefined;
  return words
    .slice(0, 16)
    .map((w) => `"${w}"*`)
    .join(' ');
}

function toParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(HIT_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    const end = piece.indexOf(HIT_END);
    if (end === -1) {
      parts.push({ text: piece, hit: false });
      continue;
    }
    if (end > 0) parts.push({ text: piece.slice(0, end), hit: true });
    if (end + 1 < piece.length) parts.push({ text: piece.slice(end + 1), hit: false });
  }
  return parts;
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** Ranked hits across visits, people and notes (titles weigh more than body text). */
  search(input: string, limit = 50, visitId?: string): SearchHit[] {
    const query = toFtsQuery(input);
    if (!query) return [];
    const scope = visitId ? 'AND x.visit_id = @visitId' : '';
    const args = { query, limit, visitId: visitId ?? null, s: HIT_START, e: HIT_END };
    const notes = this.db
      .prepare(
        `SELECT 'note' AS kind, x.id, x.visit_id AS visitId, x.title,
                snippet(notes_fts, -1, @s, @e, '…', 16) AS snippet, bm25(notes_fts, 10.0, 1.0) AS rank
           FROM notes_fts JOIN notes x ON x.rowid = notes_fts.rowid
          WHERE notes_fts MATCH @query ${scope}
          ORDER BY rank LIMIT @limit`,
      )
      .all(args) as (Omit<SearchHit, 'snippet'> & { snippet: string; rank: number })[];
    const people = this.db
      .prepare(
        `SELECT 'person' AS kind, x.id, x.visit_id AS visitId, x.name AS title,
                highlight(people_fts, 0, @s, @e) AS snippet, bm25(people_fts) AS rank
           FROM people_fts JOIN people x ON x.rowid = people_fts.rowid
          WHERE people_fts MATCH @query ${scope}
          ORDER BY rank LIMIT @limit`,
      )
      .all(args) as (Omit<SearchHit, 'snippet'> & { snippet: string; rank: number })[];
    const visits = this.db
      .prepare(
        `SELECT 'visit' AS kind, x.id, x.id AS visitId, x.title,
                snippet(visits_fts, -1, @s, @e, '…', 16) AS snippet, bm25(visits_fts, 10.0, 2.0, 1.0) AS rank
           FROM visits_fts JOIN visits x ON x.rowid = visits_fts.rowid
          WHERE visits_fts MATCH @query ${visitId ? 'AND x.id = @visitId' : ''}
          ORDER BY rank LIMIT @limit`,
      )
      .all(args) as (Omit<SearchHit, 'snippet'> & { snippet: string; rank: number })[];
    return [...visits, ...people, ...notes]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map(({ rank: _rank, snippet, ...hit }) => ({ ...hit, snippet: toParts(snippet) }));
  }
}
