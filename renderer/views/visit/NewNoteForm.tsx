import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { call, messagesByField } from '../../api/client';
import { notesApi } from '../../api/notesApi';
import { useClassifications } from '../../api/useClassifications';
import { TemplatePreview } from '../../editor/TemplatePreview';
import { fieldContextOf } from '../note/useVisitDetail';
import { FieldError } from './FieldError';
import { BLANK_CHOICE, suggestedTitle, templateChoices, type TemplateChoice } from './templateChoices';

/**
 * "New note": a template chosen from a list with a live preview (its fields filled in from the
 * visit and the meeting chosen), a title suggested from both, the classification and the meeting.
 */
export function NewNoteForm({
  detail,
  initialProgrammeItemId = '',
  onCreated,
  onCancel,
}: {
  detail: VisitDetail;
  initialProgrammeItemId?: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<TemplateChoice[]>(() => templateChoices([]));
  const [templateId, setTemplateId] = useState(initialProgrammeItemId ? 'meeting-brief' : '');
  const [programmeItemId, setProgrammeItemId] = useState(initialProgrammeItemId);
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  const [classification, setClassification] = useState(detail.visit.classification);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const markings = useClassifications(detail.visit.classification);

  useEffect(() => {
    let live = true;
    void call('templates.list', {}).then((r) => {
      // Without the user's templates the built-in ones are still offered.
      if (live && r.ok) setChoices(templateChoices(r.value));
    });
    return () => {
      live = false;
    };
  }, []);

  const choice = choices.find((c) => c.id === templateId) ?? BLANK_CHOICE;
  const meeting = detail.programme.find((p) => p.id === programmeItemId);
  const shownTitle = titleEdited ? title : suggestedTitle(choice, meeting?.title ?? detail.visit.title);
  const fieldContext = useMemo(
    () => fieldContextOf(detail, { programmeItemId, classification }),
    [detail, programmeItemId, classification],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await notesApi.create({
      visitId: detail.visit.id,
      title: shownTitle,
      template: choice.id || null,
      classification,
      programmeItemId: programmeItemId || null,
    });
    setBusy(false);
    if (r.ok) return onCreated(r.value.id);
    setErrors(messagesByField(r.error));
    setFormError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
  }

  return (
    <form
      className="card form new-note"
      aria-label="New note"
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
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
          value={shownTitle}
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? 'new-note-title-error' : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleEdited(true);
          }}
        />
        <FieldError id="new-note-title-error" message={errors.title} />
      </div>
      <div className="new-note-grid">
        <div className="new-note-choices">
          <div className="field-row">
            <div className="field">
              <label htmlFor="new-note-meeting">For the meeting</label>
              <select
                id="new-note-meeting"
                value={programmeItemId}
                onChange={(e) => setProgrammeItemId(e.target.value)}
              >
                <option value="">The whole visit</option>
                {detail.programme.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
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
          </div>
          <fieldset className="template-choices">
            <legend>Template</legend>
            {choices.map((c) => (
              <label key={c.id || 'blank'} className={`template-choice${c.id === choice.id ? ' chosen' : ''}`}>
                <input
                  type="radio"
                  name="new-note-template"
                  value={c.id}
                  checked={c.id === choice.id}
                  onChange={() => setTemplateId(c.id)}
                />
                <span className="template-choice-name">
                  {c.name}
                  {c.kind === 'user' && <span className="muted"> · yours</span>}
                  {c.forMeeting && meeting && <span className="badge">for this meeting</span>}
                </span>
                <span className="template-choice-description">{c.description}</span>
              </label>
            ))}
            <FieldError id="new-note-template-error" message={errors.template} />
          </fieldset>
        </div>
        <section className="new-note-preview" aria-label="Preview">
          <h4>Preview</h4>
          {choice.content ? (
            <TemplatePreview
              key={choice.id}
              content={choice.content}
              fieldContext={fieldContext}
              label={`Preview of ${choice.name}`}
            />
          ) : (
            <p className="muted">An empty page.</p>
          )}
        </section>
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
