import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useUnsavedChanges } from './unsavedChanges';
import type { VisitDetail } from '../../../app/api/contract';
import { useClassifications } from '../../api/useClassifications';
import { VISIT_KINDS, VISIT_STATUSES, type VisitInput } from '../../../app/domain/visit';
import { messagesByField } from '../../api/client';
import { visitApi } from '../../api/visitApi';
import { Field } from '../common/Field';

type Draft = Required<
  Pick<
    VisitInput,
    | 'title'
    | 'hostCountry'
    | 'guestCountry'
    | 'city'
    | 'startDate'
    | 'endDate'
    | 'timeZone'
    | 'kind'
    | 'status'
    | 'classification'
    | 'description'
  >
> & { principalId: string; counterpartId: string };

function draftOf(detail: VisitDetail): Draft {
  const v = detail.visit;
  return {
    title: v.title,
    kind: v.kind,
    hostCountry: v.hostCountry,
    guestCountry: v.guestCountry,
    city: v.city,
    startDate: v.startDate,
    endDate: v.endDate,
    timeZone: v.timeZone,
    status: v.status,
    classification: v.classification,
    description: v.description,
    principalId: v.principalId ?? '',
    counterpartId: v.counterpartId ?? '',
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Typing in the Overview is saved this long after the last change (and when the tab is left). */
const AUTOSAVE_DELAY_MS = 1000;

/**
 * The visit's own fields, edited in place and saved as you go, like a note; the rules and their
 * messages come from app/. A draft the app refuses (an end before the start) stays on screen with
 * its errors, and leaving the tab with it asks first.
 */
export function OverviewTab({ detail, onChanged }: { detail: VisitDetail; onChanged: () => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const markings = useClassifications(detail.visit.classification);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(detail));
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };

  const inputOf = (d: Draft) => ({
    ...d,
    principalId: d.principalId || null,
    counterpartId: d.counterpartId || null,
  });

  // The latest draft and whether it is saved, for the save on leaving the tab.
  const latest = useRef({ draft, dirty });
  useEffect(() => {
    latest.current = { draft, dirty };
  });
  const [refused, setRefused] = useState(false);

  async function save(saving: Draft, auto: boolean): Promise<void> {
    const r = await visitApi.update(detail.visit.id, inputOf(saving));
    setRefused(!r.ok);
    if (r.ok) {
      // The saved values, as the app normalised them (e.g. country codes in capitals), unless
      // the user typed on while it was saving.
      setDraft((d) => (JSON.stringify(d) === JSON.stringify(saving) ? draftOf({ ...detail, visit: r.value }) : d));
      setErrors({});
      setMessage({ kind: 'ok', text: auto ? 'All changes saved.' : 'Changes saved.' });
      await onChanged();
      return;
    }
    setErrors(messagesByField(r.error));
    setMessage({
      kind: 'error',
      text:
        r.error.code === 'invalid_input'
          ? auto
            ? 'Not saved yet: please correct the fields marked below.'
            : 'Please correct the fields marked below.'
          : r.error.message,
    });
  }

  // Save as you go: a moment after the last change.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(draft, true), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the draft only: a save reloads the detail
  }, [draft]);

  // Leaving the tab (or the visit) before the delay: the typing is saved then.
  useEffect(
    () => () => {
      const { draft: last, dirty: unsaved } = latest.current;
      if (!unsaved) return;
      void visitApi.update(detail.visit.id, inputOf(last)).then(async (r) => {
        if (r.ok) await onChanged();
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on unmount only
    [],
  );
  // A draft the app refused would be lost on leaving: ask first.
  useUnsavedChanges(dirty && refused && 'Visit overview');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    await save(draft, false);
    setBusy(false);
  }

  const personOptions = detail.people.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));

  return (
    <form className="panel form overview-form" aria-label="Visit details" onSubmit={submit} noValidate>
      <h2>Overview</h2>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error-banner' : 'ok-banner'}
        >
          {message.text}
        </p>
      )}
      <Field
        id="visit-title"
        label="Title"
        value={draft.title}
        error={errors.title}
        onChange={(title) => set({ title })}
      />
      <div className="field-row">
        <Field id="visit-kind" label="Kind" error={errors.kind}>
          <select id="visit-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })}>
            {VISIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {capitalise(k)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="visit-status" label="Status" error={errors.status}>
          <select
            id="visit-status"
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as Draft['status'] })}
          >
            {VISIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {capitalise(s)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="visit-classification" label="Classification" error={errors.classification}>
          <select
            id="visit-classification"
            value={draft.classification}
            onChange={(e) => set({ classification: e.target.value })}
          >
            {markings.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field
          id="visit-guest"
          label="Guest country"
          value={draft.guestCountry}
          error={errors.guestCountry}
          onChange={(guestCountry) => set({ guestCountry })}
          inputProps={{ maxLength: 2 }}
        />
        <Field
          id="visit-host"
          label="Host country"
          value={draft.hostCountry}
          error={errors.hostCountry}
          onChange={(hostCountry) => set({ hostCountry })}
          inputProps={{ maxLength: 2 }}
        />
        <Field id="visit-city" label="City" value={draft.city} error={errors.city} onChange={(city) => set({ city })} />
      </div>
      <div className="field-row">
        <Field
          id="visit-start"
          label="Start date"
          value={draft.startDate}
          error={errors.startDate}
          onChange={(startDate) => set({ startDate })}
          inputProps={{ type: 'date' }}
        />
        <Field
          id="visit-end"
          label="End date"
          value={draft.endDate}
          error={errors.endDate}
          onChange={(endDate) => set({ endDate })}
          inputProps={{ type: 'date' }}
        />
        <Field
          id="visit-timezone"
          label="Time zone"
          value={draft.timeZone}
          error={errors.timeZone}
          onChange={(timeZone) => set({ timeZone })}
          inputProps={{ list: 'visit-timezones', autoComplete: 'off' }}
        />
        <datalist id="visit-timezones">
          {timeZones.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </div>
      <div className="field-row">
        <Field id="visit-principal" label="Principal (our side)" error={errors.principalId}>
          <select id="visit-principal" value={draft.principalId} onChange={(e) => set({ principalId: e.target.value })}>
            <option value="">Not set</option>
            {personOptions}
          </select>
        </Field>
        <Field id="visit-counterpart" label="Counterpart" error={errors.counterpartId}>
          <select
            id="visit-counterpart"
            value={draft.counterpartId}
            onChange={(e) => set({ counterpartId: e.target.value })}
          >
            <option value="">Not set</option>
            {personOptions}
          </select>
        </Field>
      </div>
      <Field id="visit-description" label="Description" error={errors.description}>
        <textarea
          id="visit-description"
          rows={4}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || !dirty}>
          Save changes
        </button>
        <button type="button" className="button" disabled={!dirty} onClick={() => setDraft(draftOf(detail))}>
          Discard changes
        </button>
      </div>
    </form>
  );
}
