import { useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import type { Note } from '../../../app/domain/note';
import { notesApi } from '../../api/notesApi';
import { useClassifications } from '../../api/useClassifications';
import { formatProgrammeTime } from '../../format';

type Changes = { title?: string; classification?: string; programmeItemId?: string | null };

/**
 * The note's title, classification and meeting, changed from the note header (keyed by the note's
 * revision, so a saved change starts it afresh). Each change is one
 * notes.update, recorded in the History with who made it; a cleared note shows them read-only.
 */
export function NoteDetails({
  note,
  detail,
  readOnly,
  before,
  onChanged,
}: {
  note: Note;
  detail: VisitDetail | null;
  readOnly: boolean;
  /** Saves the note's pending edits first (a details change is a new revision). */
  before: () => Promise<unknown>;
  onChanged: (note: Note) => void;
}) {
  const [title, setTitle] = useState(note.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const markings = useClassifications(note.classification);

  async function change(changes: Changes) {
    setBusy(true);
    setError(null);
    await before();
    const r = await notesApi.update({ id: note.id, ...changes });
    setBusy(false);
    if (r.ok) onChanged(r.value);
    else setError(r.error.message);
  }

  const commitTitle = () => {
    const next = title.trim();
    if (next && next !== note.title) void change({ title: next });
    else setTitle(note.title);
  };
  const programme = [...(detail?.programme ?? [])].sort((a, b) => a.start.localeCompare(b.start));

  return (
    <div className="note-details" role="group" aria-label="Note details">
      <label className="note-detail note-detail-title">
        <span>Title</span>
        <input
          value={title}
          disabled={readOnly || busy}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setTitle(note.title);
          }}
        />
      </label>
      <label className="note-detail">
        <span>Classification</span>
        <select
          value={note.classification}
          disabled={readOnly || busy}
          onChange={(e) => void change({ classification: e.target.value })}
        >
          {markings.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label className="note-detail">
        <span>Meeting</span>
        <select
          value={note.programmeItemId ?? ''}
          disabled={readOnly || busy || !detail}
          onChange={(e) => void change({ programmeItemId: e.target.value || null })}
        >
          <option value="">The whole visit</option>
          {programme.map((p) => (
            <option key={p.id} value={p.id}>
              {formatProgrammeTime(p.start, p.end)} · {p.title}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
    </div>
  );
}
