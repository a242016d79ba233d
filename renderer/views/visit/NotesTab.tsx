import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { DEFAULT_CLASSIFICATIONS } from '../../../app/domain/classification';
import { BUILT_IN_TEMPLATES } from '../../../app/domain/note';
import { messagesByField } from '../../api/client';
import { notesApi, type NoteSummary } from '../../api/notesApi';
import { formatDateTime } from '../../format';
import { STATUS_LABEL } from '../note/workflow';
import { templateLabel } from '../note/templateLabels';
import { FieldError } from './FieldError';

/** The notes of a visit (title, template, status, classification, last edited) and "New note". */
export function NotesTab({ detail, onOpenNote }: { detail: VisitDetail; onOpenNote: (id: string) => void }) {
  const visitId = detail.visit.id;
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

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

function NewNoteForm({
  detail,
  onCreated,
  onCancel,
}: {
  detail: VisitDetail;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('');
  const [classification, setClassification] = useState(detail.visit.classification);
  const [programmeItemId, setProgrammeItemId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const markings = Array.from(new Set([...DEFAULT_CLASSIFICATIONS, detail.visit.classification]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await notesApi.create({
      visitId: detail.visit.id,
      title,
      template: template || null,
      classification,
      programmeItemId: programmeItemId || null,
    });
    setBusy(false);
    if (r.ok) return onCreated(r.value.id);
    setErrors(messagesByField(r.error));
    setFormError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
  }

  return (
    <form className="card form" aria-label="New note" onSubmit={submit} noValidate>
      <h3>New note</h3>
      {formError && (
        <p role="alert" className="error-banner">
          {formError}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-note-title">Title</label>
        <input
          id="new-note-title"
          value={title}
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? 'new-note-title-error' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldError id="new-note-title-error" message={errors.title} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-note-template">Template</label>
          <select id="new-note-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">Blank note</option>
            {BUILT_IN_TEMPLATES.map((t) => (
              <option key={t} value={t}>
                {templateLabel(t)}
              </option>
            ))}
          </select>
          <FieldError id="new-note-template-error" message={errors.template} />
        </div>
        <div className="field">
          <label htmlFor="new-note-classification">Classification</label>
          <select
            id="new-note-classification"
            value={classification}
            onChange={(e) => setClassification(e.target.value)}
          >
            {markings.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-note-meeting">For the meeting</label>
          <select id="new-note-meeting" value={programmeItemId} onChange={(e) => setProgrammeItemId(e.target.value)}>
            <option value="">The whole visit</option>
            {detail.programme.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Create note
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
