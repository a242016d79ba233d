import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../app/domain/search';
import { call } from '../../api/client';

const EMPTY = new Map<string, string>();

/**
 * The app's full-text search (people and their aliases, notes) for the visits list, a moment
 * after the user stops typing. Answers "visit id -> where it was found", e.g. "note: Scene-setter".
 */
export function useTextSearch(text: string, delayMs = 150): Map<string, string> {
  const [found, setFound] = useState(EMPTY);
  useEffect(() => {
    const query = text.trim();
    let live = true;
    const timer = setTimeout(
      () => {
        if (!query) return setFound(EMPTY);
        void call('search', { query, limit: 200 }).then((r) => {
          if (live) setFound(r.ok ? whereFound(r.value) : EMPTY);
        });
      },
      query ? delayMs : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return found;
}

function whereFound(hits: SearchHit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const hit of hits) {
    if (out.has(hit.visitId) || hit.kind === 'visit') continue;
    out.set(hit.visitId, `Found in ${hit.kind === 'note' ? 'note' : 'person'}: ${hit.title}`);
  }
  for (const hit of hits) if (!out.has(hit.visitId)) out.set(hit.visitId, '');
  return out;
}
