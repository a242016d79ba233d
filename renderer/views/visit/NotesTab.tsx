import { useCallback, useEffect, useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { notesApi, type NoteSummary } from '../../api/notesApi';
import { formatDateTime } from '../../format';
import { STATUS_LABEL } from '../note/workflow';
import { templateLabel } from '../note/templateLabels';
import { NewNoteForm } from './NewNoteForm';

/** The notes of a visit (title, template, status, classification, last edited) and "New note". */
export function NotesTab({
  detail,
  onOpenNote,
  newNoteFor,
}: {
  detail: VisitDetail;
  onOpenNote: (id: string) => void;
  /** Opens "New note" at once, for this programme item ('' for the whole visit). */
  newNoteFor?: string;
}) {
  const visitId = detail.visit.id;
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(newNoteFor !== undefined);

  const load = useCallback(
    () =>
      notesApi.list(visitId).then((r) => {
        if (r.ok) {
          setNotes([...r.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
          setError(null);
        } else setError(r.error.message);
      }),
    [visitId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="panel">
      <div className="panel-head">
        <h2>Notes</h2>
        {!creating && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New note
          </button>
        )}
      </div>
      {creating && (
        <NewNoteForm
          detail={detail}
          initialProgrammeItemId={newNoteFor}
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpenNote(id);
          }}
        />
      )}
      {error && (
        <p role="alert" className="error-banner">
          Could not load the notes: {error}
        </p>
      )}
      {notes?.length === 0 && !creating && (
        <p className="empty">No notes yet. Start with a scene-setter or a meeting brief.</p>
      )}
      {notes && notes.length > 0 && (
        <table className="data-table" aria-label="Notes">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Template</th>
              <th scope="col">Status</th>
              <th scope="col">Classification</th>
              <th scope="col">Last edited</th>
            </tr>
          </thead>
          <tbody>
            {notes.map((n) => (
              <tr key={n.id}>
                <td>
                  <button type="button" className="button link row-link" onClick={() => onOpenNote(n.id)}>
                    {n.title}
                  </button>
                </td>
                <td>{templateLabel(n.template)}</td>
                <td>
                  <span className={`status status-${n.status}`}>{STATUS_LABEL[n.status]}</span>
                </td>
                <td>
                  <span className="classification">{n.classification}</span>
                </td>
                <td className="muted">{formatDateTime(n.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
