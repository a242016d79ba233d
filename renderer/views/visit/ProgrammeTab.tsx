import { useState, type FormEvent } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import type { ProgrammeItem, ProgrammeItemInput } from '../../../app/domain/programme';
import { messagesByField } from '../../api/client';
import { visitApi } from '../../api/visitApi';
import { formatProgrammeTime } from '../../format';
import { ConfirmInline } from '../common/ConfirmInline';
import { Field } from '../common/Field';
import { useEscapeToClose } from '../common/useEscapeToClose';
import { useUnsavedChanges } from './unsavedChanges';
import { CalendarActions } from './CalendarActions';
import { HomeClock, homeCapitalOf } from './HomeClock';

/** The programme: items in time order, times in the visit's own time zone, participants from People. */
export function ProgrammeTab({
  detail,
  onChanged,
  onNewNote,
}: {
  detail: VisitDetail;
  onChanged: () => Promise<void>;
  /** "New note" for one meeting: a meeting brief, talking points or a record of it. */
  onNewNote: (programmeItemId: string) => void;
}) {
  const [editing, setEditing] = useState<ProgrammeItem | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const people = new Map(detail.people.map((p) => [p.id, p]));
  const items = [...detail.programme].sort((a, b) => a.start.localeCompare(b.start));
  const home = homeCapitalOf(detail.visit);

  // The item whose removal is being confirmed.
  const [removing, setRemoving] = useState<ProgrammeItem | null>(null);

  async function remove(item: ProgrammeItem) {
    const r = await visitApi.removeProgrammeItem(item.id);
    setRemoving(null);
    if (r.ok) await onChanged();
    else setError(r.error.message);
  }

  return (
    <div className="panel">
      <div className="panel-head">
        <h2>Programme</h2>
        <span className="muted">
          Host time: {detail.visit.city} ({detail.visit.timeZone})
          {home && (
            <>
              {' · '}home time: {home.city} ({home.zone})
            </>
          )}
        </span>
        {editing === null && (
          <button type="button" id="add-programme-item" className="button primary" onClick={() => setEditing('new')}>
            Add programme item
          </button>
        )}
      </div>
      <div className="panel-actions">
        <CalendarActions visitId={detail.visit.id} onImported={onChanged} />
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {editing !== null && (
        <ProgrammeItemForm
          detail={detail}
          item={editing === 'new' ? null : editing}
          onDone={async () => {
            setEditing(null);
            await onChanged();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {items.length === 0 && editing === null && <p className="empty">No programme items yet.</p>}
      {items.length > 0 && (
        <ol className="programme-list" aria-label="Programme">
          {items.map((item) => (
            <li key={item.id} className={`programme-item${removing?.id === item.id ? ' confirming' : ''}`}>
              <span className="time">
                <span aria-label={`Host time in ${detail.visit.city}`}>
                  {formatProgrammeTime(item.start, item.end)}
                </span>
                {home && <HomeClock item={item} hostZone={detail.visit.timeZone} home={home} />}
              </span>
              <div className="programme-body">
                <span className="item-title">{item.title}</span>
                {item.location && <span className="muted">{item.location}</span>}
                {item.participants.length > 0 && (
                  <span className="participants">
                    {item.participants.map((pid) => people.get(pid)?.name ?? 'unknown person').join(' · ')}
                  </span>
                )}
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() => onNewNote(item.id)}
                  aria-label={`New note for ${item.title}`}
                >
                  New note
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => setEditing(item)}
                  aria-label={`Edit ${item.title}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => setRemoving(item)}
                  aria-label={`Remove ${item.title}`}
                >
                  Remove
                </button>
              </div>
              {removing?.id === item.id && (
                <ConfirmInline
                  question={`Remove “${item.title}” from the programme?`}
                  confirmLabel="Remove item"
                  busyLabel="Removing…"
                  destructive
                  onConfirm={() => remove(item)}
                  onCancel={() => setRemoving(null)}
                >
                  <p>Notes written for it stay with the visit.</p>
                </ConfirmInline>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ProgrammeItemForm({
  detail,
  item,
  onDone,
  onCancel,
}: {
  detail: VisitDetail;
  item: ProgrammeItem | null;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState({
    title: item?.title ?? '',
    start: item?.start ?? `${detail.visit.startDate}T09:00`,
    end: item?.end ?? '',
    location: item?.location ?? '',
    participants: item?.participants ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Typing not saved yet: leaving the tab asks first.
  const [initial] = useState(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useUnsavedChanges(dirty && (item ? `Programme item “${item.title}”` : 'New programme item'));
  const escape = useEscapeToClose({
    dirty,
    onClose: onCancel,
    discardQuestion: item ? `Discard your changes to “${item.title}”?` : 'Discard the new programme item?',
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input: ProgrammeItemInput = {
      title: draft.title,
      start: draft.start,
      end: draft.end || undefined,
      location: draft.location || undefined,
      participants: draft.participants,
    };
    const r = item
      ? await visitApi.updateProgrammeItem(item.id, input)
      : await visitApi.addProgrammeItem(detail.visit.id, input);
    if (r.ok) return onDone();
    setErrors(messagesByField(r.error));
    setFormError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
  }

  const toggle = (id: string) =>
    setDraft((d) => ({
      ...d,
      participants: d.participants.includes(id) ? d.participants.filter((p) => p !== id) : [...d.participants, id],
    }));

  return (
    <form
      className="card form"
      aria-label={item ? 'Edit programme item' : 'New programme item'}
      onSubmit={submit}
      onKeyDown={escape.onKeyDown}
      noValidate
    >
      <h3>{item ? 'Edit programme item' : 'New programme item'}</h3>
      {formError && (
        <p role="alert" className="error-banner">
          {formError}
        </p>
      )}
      <Field
        id="programme-title"
        label="Title"
        value={draft.title}
        error={errors.title}
        onChange={(title) => setDraft({ ...draft, title })}
        inputProps={{ autoFocus: true }}
      />
      <div className="field-row">
        <Field
          id="programme-start"
          label="Start"
          value={draft.start}
          error={errors.start}
          onChange={(start) => setDraft({ ...draft, start })}
          inputProps={{ type: 'datetime-local' }}
          hint={detail.visit.timeZone}
        />
        <Field
          id="programme-end"
          label="End"
          value={draft.end}
          error={errors.end}
          onChange={(end) => setDraft({ ...draft, end })}
          inputProps={{ type: 'datetime-local' }}
          hint={detail.visit.timeZone}
        />
        <Field
          id="programme-location"
          label="Location"
          value={draft.location}
          error={errors.location}
          onChange={(location) => setDraft({ ...draft, location })}
        />
      </div>
      <fieldset className="choices">
        <legend>Participants</legend>
        {detail.people.length === 0 && <p className="muted">Add people to the visit first.</p>}
        {detail.people.map((p) => (
          <label key={p.id} className="choice">
            <input type="checkbox" checked={draft.participants.includes(p.id)} onChange={() => toggle(p.id)} />
            {p.name}
          </label>
        ))}
        {errors.participants && <p className="field-error">{errors.participants}</p>}
      </fieldset>
      {escape.confirm}
      <div className="actions">
        <button type="submit" className="button primary">
          {item ? 'Save item' : 'Add item'}
        </button>
        <button type="button" className="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
