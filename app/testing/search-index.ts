import type { Store } from '../store/store';

/** The ids a search finds, best first. */
export const foundIds = (store: Store, query: string): string[] => store.search.search(query).map((h) => h.id);

/** The search index's stored segments: any rewrite of an entry adds or replaces some. */
export const indexSegments = (store: Store): string =>
  (store.db.prepare('SELECT id, block FROM notes_fts_data ORDER BY id').all() as { id: number; block: Buffer }[])
    .map((r) => `${r.id}:${r.block.toString('hex')}`)
    .join();
