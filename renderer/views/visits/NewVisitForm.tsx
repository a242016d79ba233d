import { useId, useMemo, useState, type FormEvent } from 'react';
import { capitalTimeZone } from '../../../app/domain/capital-time-zone';
import { COUNTRY_CODES, resolveCountry } from '../../../app/domain/country';
import { call, messagesByField } from '../../api/client';
import { countryName } from '../../format';
import { useEscapeToClose } from '../common/useEscapeToClose';

interface Draft {
  title: string;
  hostCountry: string;
  guestCountry: string;
  city: string;
  startDate: string;
  endDate: string;
  timeZone: string;
}

const EMPTY: Draft = {
  title: '',
  hostCountry: '',
  guestCountry: '',
  city: '',
  startDate: '',
  endDate: '',
  timeZone: '',
};

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

/**
 * Creating a visit. The rules (required fields, real country codes, end not before start) live
 * in app/; the form shows the API's message beside each field it concerns.
 */
export function NewVisitForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const countriesId = useId();
  const zonesId = useId();
  // The time zone follows the host country's capital until the user picks one.
  const [zoneChosen, setZoneChosen] = useState(false);
  const escape = useEscapeToClose({
    dirty: JSON.stringify(draft) !== JSON.stringify(EMPTY),
    onClose: onCancel,
    discardQuestion: 'Discard the new visit?',
  });
  const countries = useMemo(
    () => COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    // Countries are typed by name ("Kenya", "UK", "Türkiye"); the API takes their ISO codes.
    const r = await call('visits.create', {
      ...draft,
      guestCountry: resolveCountry(draft.guestCountry) ?? draft.guestCountry,
      hostCountry: resolveCountry(draft.hostCountry) ?? draft.hostCountry,
      timeZone: draft.timeZone.trim() || undefined,
    });
    setBusy(false);
    if (r.ok) {
      setDraft(EMPTY);
      setErrors({});
      setFormError(null);
      onCreated(r.value.id);
      return;
    }
    setErrors(messagesByField(r.error));
    setFormError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
  }

  function change(name: keyof Draft, value: string) {
    const next = { ...draft, [name]: value };
    if (name === 'hostCountry' && !zoneChosen) {
      const code = resolveCountry(value);
      next.timeZone = (code && capitalTimeZone(code)) || '';
    }
    if (name === 'timeZone') setZoneChosen(value.trim() !== '');
    setDraft(next);
    // A message goes as soon as its field is edited: it described the old value.
    if (errors[name] || (name === 'hostCountry' && errors.timeZone)) {
      const rest = { ...errors };
      delete rest[name];
      if (name === 'hostCountry') delete rest.timeZone;
      setErrors(rest);
      if (Object.keys(rest).length === 0) setFormError(null);
    }
  }

  function field(
    name: keyof Draft,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) {
    const id = `new-visit-${name}`;
    const error = errors[name];
    const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          value={draft[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(ev) => change(name, ev.target.value)}
          {...props}
        />
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="card form" aria-label="New visit" onSubmit={submit} onKeyDown={escape.onKeyDown} noValidate>
      <h2>New visit</h2>
      {formError && (
        <p role="alert" className="error-banner">
          {formError}
        </p>
      )}
      {field('title', 'Title', { autoFocus: true, placeholder: 'Official visit of … to …' })}
      <div className="field-row">
        {field('guestCountry', 'Guest country', {
          list: countriesId,
          placeholder: 'e.g. Kazakhstan',
          autoComplete: 'off',
        })}
        {field('hostCountry', 'Host country', {
          list: countriesId,
          placeholder: 'e.g. Türkiye',
          autoComplete: 'off',
        })}
        {field('city', 'City')}
      </div>
      <div className="field-row">
        {field('startDate', 'Start date', { type: 'date' })}
        {field('endDate', 'End date', { type: 'date' })}
        {field(
          'timeZone',
          'Time zone',
          { list: zonesId, autoComplete: 'off', placeholder: 'e.g. Europe/Istanbul' },
          'Programme times are local to it; the host capital’s by default.',
        )}
      </div>
      <datalist id={countriesId}>
        {countries.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
      <datalist id={zonesId}>
        {TIME_ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      {escape.confirm}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Create visit
        </button>
        <button type="button" className="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
