import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../app/domain/search';
import { call } from '../../api/client';

/**
 * Searches the text of this visit's notes (the app's full-text search: case and diacritics do not
 * matter), a moment after the user stops typing; a hit opens its note.
 */
export function VisitNoteSearch({ visitId, onOpenNote }: { visitId: string; onOpenNote: (id: string) => void }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const query = text.trim();
  // Hits for what is in the box now; none while the next search is under way.
  const hits = query && result?.query === query ? result.hits : null;
  useEffect(() => {
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('search', { query, visitId, limit: 50 }).then((r) => {
        if (live) setResult({ query, hits: r.ok ? r.value.filter((h) => h.kind === 'note') : [] });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, visitId]);

  return (
    <div className="note-search" role="search" aria-label="Search this visit's notes">
      <input
        type="search"
        className="note-search-input"
        aria-label="Search notes"
        placeholder="Search the notes of this visit"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
      {hits && (
        <p className="visually-hidden" role="status">
          {hits.length === 0 ? 'No note contains this' : `${hits.length} ${hits.length === 1 ? 'note' : 'notes'} found`}
        </p>
      )}
      {hits && hits.length === 0 && <p className="empty">No note contains “{query}”.</p>}
      {hits && hits.length > 0 && (
        <ul className="note-search-hits" aria-label="Notes found">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" className="button link" onClick={() => onOpenNote(hit.id)}>
                {hit.title}
              </button>
              <span className="note-search-snippet">
                {hit.snippet.map((part, i) =>
                  part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
