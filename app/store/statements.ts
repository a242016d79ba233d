import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepares each SQL text once per connection. Compiling a statement costs about as much as
 * running a small one, and the save path runs on every autosave.
 */
export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
