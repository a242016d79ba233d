import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { notesApi, type NoteSummary } from '../../api/notesApi';
import { formatDateTime } from '../../format';
import { STATUS_LABEL } from '../note/workflow';
import { templateLabel } from '../note/templateLabels';
import { DeleteNoteConfirm } from '../note/DeleteNoteConfirm';
import { NewNoteForm } from './NewNoteForm';
import { changesSinceClearance, describeChange } from '../../../app/templates/freeze';
import { fieldContextOf } from '../note/useVisitDetail';
import { ImportDocxButton } from './ImportDocxButton';
import { VisitNoteSearch } from './VisitNoteSearch';
import { requestEditorFocus } from '../../editor/plugins/FocusOnOpenPlugin';
import { useToast } from '../common/Toast';

/** What changed in the visit since a cleared note was cleared (nothing for other notes). */
function changedSince(detail: VisitDetail, n: NoteSummary): string[] {
  if (n.status !== 'cleared' || !n.clearance) return [];
  return changesSinceClearance(n.clearance.fields, fieldContextOf(detail, n)).map(describeChange);
}

/**
 * The notes of a visit (title, meeting, template, status, classification, last edited) and "New
 * note"; a cleared note whose visit data changed since clearance says so and offers Reopen.
 */
export function NotesTab({
  detail,
  onOpenNote,
  newNoteFor,
  notice,
}: {
  detail: VisitDetail;
  onOpenNote: (id: string) => void;
  /** Opens "New note" at once, for this programme item ('' for the whole visit). */
  newNoteFor?: string;
  /** A message to show on arrival, e.g. that the note just left was deleted. */
  notice?: string | null;
}) {
  const visitId = detail.visit.id;
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(newNoteFor !== undefined);
  const [deleting, setDeleting] = useState<NoteSummary | null>(null);
  // What just happened (a note imported or deleted) is said in the window's toast.
  const toast = useToast();
  const setMessage = (text: string | null) => {
    if (text) toast({ text });
  };
  useEffect(() => {
    if (notice) toast({ text: notice });
  }, [notice, toast]);
  const meetings = new Map(detail.programme.map((p) => [p.id, p.title]));
  const [importError, setImportError] = useState<string | null>(null);
  const cancelled = useRef(false);

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

  const reopen = (n: NoteSummary) =>
    notesApi.setStatus(n.id, 'draft').then((r) => (r.ok ? load() : setError(r.error.message)));

  return (
    <div className="panel">
      <div className="panel-head">
        <h2>Notes</h2>
        {!creating && (
          <span className="panel-actions">
            <ImportDocxButton
              visitId={visitId}
              onImported={(text) => {
                setMessage(text);
                void load();
              }}
              onError={(text) => {
                setImportError(text);
                if (text) setMessage(null);
              }}
            />
            <button
              type="button"
              className="button primary"
              ref={(el) => {
                // Back from the New note form (Cancel, Escape): focus returns to this button.
                if (el && cancelled.current) {
                  cancelled.current = false;
                  el.focus();
                }
              }}
              onClick={() => setCreating(true)}
            >
              New note
            </button>
          </span>
        )}
      </div>
      {creating && (
        <NewNoteForm
          detail={detail}
          initialProgrammeItemId={newNoteFor}
          onCancel={() => {
            cancelled.current = true;
            setCreating(false);
          }}
          onCreated={(id) => {
            setCreating(false);
            requestEditorFocus();
            onOpenNote(id);
          }}
        />
      )}
      {error && (
        <p role="alert" className="error-banner">
          Could not load the notes: {error}
        </p>
      )}
      {importError && (
        <p role="alert" className="error-banner">
          {importError}
        </p>
      )}
      {notes?.length === 0 && !creating && (
        <p className="empty">No notes yet. Start with a scene-setter or a meeting brief.</p>
      )}
      {notes && notes.length > 0 && <VisitNoteSearch visitId={visitId} onOpenNote={onOpenNote} />}
      {notes && notes.length > 0 && (
        <table className="data-table" aria-label="Notes">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Meeting</th>
              <th scope="col">Template</th>
              <th scope="col">Status</th>
              <th scope="col">Classification</th>
              <th scope="col">Last edited</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {notes.map((n) => {
              const changes = changedSince(detail, n);
              return (
                <Fragment key={n.id}>
                  <tr>
                    <td>
                      <button type="button" className="button link row-link" onClick={() => onOpenNote(n.id)}>
                        {n.title}
                      </button>
                    </td>
                    <td className="note-meeting">
                      {n.programmeItemId ? (meetings.get(n.programmeItemId) ?? '') : 'Whole visit'}
                    </td>
                    <td>{templateLabel(n.template)}</td>
                    <td>
                      <span className={`status status-${n.status}`}>{STATUS_LABEL[n.status]}</span>
                      {changes.length > 0 && (
                        <span className="changed-since" title={changes.join('\n')}>
                          Changed since clearance{' '}
                          <button
                            type="button"
                            className="button small"
                            aria-label={`Reopen ${n.title}`}
                            onClick={() => void reopen(n)}
                          >
                            Reopen
                          </button>
                        </span>
                      )}
                    </td>
                    <td>
                      <span className="classification" data-marking={n.classification}>
                        {n.classification}
                      </span>
                    </td>
                    <td className="muted">{formatDateTime(n.updatedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Delete ${n.title}`}
                        onClick={() => {
                          setMessage(null);
                          setDeleting(n);
                        }}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                  {deleting?.id === n.id && (
                    <tr className="confirm-row">
                      <td colSpan={7}>
                        <DeleteNoteConfirm
                          note={n}
                          onCancel={() => setDeleting(null)}
                          onDeleted={(title) => {
                            setDeleting(null);
                            setMessage(`Deleted “${title}”.`);
                            void load();
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
