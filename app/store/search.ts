import type { Database } from 'better-sqlite3';

import type { SearchHit, SnippetPart } from '../domain/search';
import { shadowQuery, wordsMatchingKeys } from './name-keys';
import { makeSnippet } from './snippet';

/** How many of the newest matching notes are ranked by relevance (see search()). */
export const RANKED_WINDOW = 2_000;

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

  /**
   * Re-indexes the notes saved since the last search (migration 4: saves only record that the
   * index must catch up) and the transliterated shadows of the notes, people and visits written
   * since (migration 8), in one transaction, so every index is in step before it is read.
   */
  catchUp(): void {
    const notes = this.db.prepare('SELECT 1 FROM notes_fts_pending LIMIT 1').get();
    const names = this.db.prepare('SELECT 1 FROM names_pending LIMIT 1').get();
    if (!notes && !names) return;
    this.db
      .transaction(() => {
        this.db.exec(`
          INSERT INTO notes_fts (notes_fts, rowid, title, plain_text)
            SELECT 'delete', note_rowid, title, plain_text FROM notes_fts_pending;
          INSERT INTO notes_fts (rowid, title, plain_text)
            SELECT n.rowid, n.title, n.plain_text FROM notes_fts_pending p JOIN notes n ON n.rowid = p.note_rowid;
          DELETE FROM notes_fts_pending;

          -- The transliterated shadows of the rows due (migration 8): name_keys() runs here, in
          -- our own statement, never from a trigger.
          DELETE FROM notes_latin WHERE rowid IN (SELECT row FROM names_pending WHERE kind = 'note');
          INSERT INTO notes_latin (rowid, keys)
            SELECT n.rowid, name_keys(n.title || ' ' || n.plain_text)
              FROM names_pending p JOIN notes n ON n.rowid = p.row WHERE p.kind = 'note';
          DELETE FROM people_latin WHERE rowid IN (SELECT row FROM names_pending WHERE kind = 'person');
          INSERT INTO people_latin (rowid, keys)
            SELECT p.rowid, name_keys(p.name || ' ' || p.aliases || ' ' || coalesce(p.native_name, ''))
              FROM names_pending d JOIN people p ON p.rowid = d.row WHERE d.kind = 'person';
          DELETE FROM visits_latin WHERE rowid IN (SELECT row FROM names_pending WHERE kind = 'visit');
          INSERT INTO visits_latin (rowid, keys)
            SELECT v.rowid, name_keys(v.title || ' ' || v.city || ' ' || v.description)
              FROM names_pending d JOIN visits v ON v.rowid = d.row WHERE d.kind = 'visit';
          DELETE FROM names_pending;
        `);
      })
      .immediate();
  }

  /**
   * Ranked hits across visits, people and notes (titles weigh more than body text). Each table is
   * ranked on its own FTS index first and only the top rows are joined and given a snippet:
   * computing snippets for every match of a common word is what makes a naive query slow.
   */
  search(input: string, limit = 50, visitId?: string): SearchHit[] {
    const query = toFtsQuery(input);
    if (!query) return [];
    this.catchUp();
    // bm25 reads every match's column sizes; for a word in tens of thousands of notes that alone
    // takes longer than a keystroke. So only the newest RANKED_WINDOW matches are ranked. Within
    // one visit there are few notes, and a global cutoff would hide that visit's older ones.
    const cutoff = visitId
      ? 0
      : ((
          this.db
            .prepare(
              'SELECT rowid FROM notes_fts WHERE notes_fts MATCH @query ORDER BY rowid DESC LIMIT 1 OFFSET @window',
            )
            .get({ query, window: RANKED_WINDOW }) as { rowid: number } | undefined
        )?.rowid ?? 0);
    const args = { query, limit, cutoff, visitId: visitId ?? null, s: HIT_START, e: HIT_END };
    const scoped = (column: string) => (visitId ? `AND ${column} = @visitId` : '');
    const run = (sql: string) =>
      this.db.prepare(sql).all(args) as (Omit<SearchHit, 'snippet'> & { snippet: string; rank: number })[];
    const ranked = this.db
      .prepare(
        `SELECT f.rowid AS rid, bm25(notes_fts, 10.0, 1.0) AS rank FROM notes_fts f
           ${visitId ? 'JOIN notes n ON n.rowid = f.rowid' : ''}
          WHERE notes_fts MATCH @query AND f.rowid > @cutoff ${scoped('n.visit_id')}
          ORDER BY rank LIMIT @limit`,
      )
      .all(args) as { rid: number; rank: number }[];
    const byRowid = this.db.prepare('SELECT id, visit_id AS visitId, title, plain_text FROM notes WHERE rowid = ?');
    const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
    const notes = ranked.map(({ rid, rank }) => {
      const row = byRowid.get(rid) as { id: string; visitId: string; title: string; plain_text: string };
      return {
        kind: 'note' as const,
        id: row.id,
        visitId: row.visitId,
        title: row.title,
        rank,
        parts: makeSnippet(row.plain_text, words),
      };
    });
    const people = run(
      `SELECT 'person' AS kind, x.id, x.visit_id AS visitId, x.name AS title,
              highlight(people_fts, 0, @s, @e) AS snippet, bm25(people_fts) AS rank
         FROM people_fts JOIN people x ON x.rowid = people_fts.rowid
        WHERE people_fts MATCH @query ${scoped('x.visit_id')}
        ORDER BY rank LIMIT @limit`,
    );
    const visits = run(
      `SELECT 'visit' AS kind, x.id, x.id AS visitId, x.title,
              snippet(visits_fts, -1, @s, @e, '…', 16) AS snippet, bm25(visits_fts, 10.0, 2.0, 1.0) AS rank
         FROM visits_fts JOIN visits x ON x.rowid = visits_fts.rowid
        WHERE visits_fts MATCH @query ${scoped('x.id')}
        ORDER BY rank LIMIT @limit`,
    );
    const others = [...visits, ...people].map(({ snippet, ...hit }) => ({ ...hit, parts: toParts(snippet ?? '') }));
    const found = [...others, ...notes];
    const more = found.length < limit ? this.acrossScripts(input, limit, visitId, new Set(found.map((h) => h.id))) : [];
    return [...found.sort((a, b) => a.rank - b.rank), ...more]
      .slice(0, limit)
      .map(({ rank: _rank, parts, ...hit }) => ({ ...hit, snippet: parts }));
  }

  /**
   * Hits the words as typed did not find, through the transliterated shadows (migration 8):
   * "Тлеуберди" or "Tleuberdy" for "Tleuberdi". They come after the direct hits; notes newest first.
   */
  private acrossScripts(input: string, limit: number, visitId: string | undefined, seen: Set<string>) {
    const query = shadowQuery(input);
    if (!query) return [];
    const args = { query, limit: limit + seen.size, visitId: visitId ?? null };
    const scoped = (column: string) => (visitId ? `AND ${column} = @visitId` : '');
    type Row = { kind: SearchHit['kind']; id: string; visitId: string; title: string; text: string };
    const rows = [
      ...(this.db
        .prepare(
          `SELECT 'visit' AS kind, x.id, x.id AS visitId, x.title, x.title || ' — ' || x.city || '. ' || x.description AS text
             FROM visits_latin s JOIN visits x ON x.rowid = s.rowid
            WHERE visits_latin MATCH @query ${scoped('x.id')} LIMIT @limit`,
        )
        .all(args) as Row[]),
      ...(this.db
        .prepare(
          `SELECT 'person' AS kind, x.id, x.visit_id AS visitId, x.name AS title,
                  x.name || coalesce(' (' || x.native_name || ')', '') AS text
             FROM people_latin s JOIN people x ON x.rowid = s.rowid
            WHERE people_latin MATCH @query ${scoped('x.visit_id')} LIMIT @limit`,
        )
        .all(args) as Row[]),
      // Newest first, which FTS5 walks without reading every match: fast for a common word too.
      ...(this.db
        .prepare(
          `SELECT 'note' AS kind, n.id, n.visit_id AS visitId, n.title, n.plain_text AS text
             FROM notes_latin s JOIN notes n ON n.rowid = s.rowid
            WHERE notes_latin MATCH @query ${scoped('n.visit_id')} ORDER BY s.rowid DESC LIMIT @limit`,
        )
        .all(args) as Row[]),
    ];
    return rows
      .filter((r) => !seen.has(r.id))
      .map(({ text, ...hit }) => ({ ...hit, rank: 0, parts: makeSnippet(text, wordsMatchingKeys(text, input)) }));
  }
}
