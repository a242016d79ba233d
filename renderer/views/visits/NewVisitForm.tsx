import { useId, useMemo, useState, type FormEvent } from 'react';
import { COUNTRY_CODES } from '../../../app/domain/country';
import { call, messagesByField } from '../../api/client';
import { countryName } from '../../format';

interface Draft {
  title: string;
  hostCountry: string;
  guestCountry: string;
  city: string;
  startDate: string;
  endDate: string;
}

const EMPTY: Draft = { title: '', hostCountry: '', guestCountry: '', city: '', startDate: '', endDate: '' };

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
  const countries = useMemo(
    () => COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const r = await call('visits.create', draft);
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

  function field(name: keyof Draft, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) {
    const id = `new-visit-${name}`;
    const error = errors[name];
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          value={draft[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(ev) => setDraft({ ...draft, [name]: ev.target.value })}
          {...props}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="card form" aria-label="New visit" onSubmit={submit} noValidate>
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
          placeholder: 'e.g. KZ',
          maxLength: 2,
          autoComplete: 'off',
        })}
        {field('hostCountry', 'Host country', {
          list: countriesId,
          placeholder: 'e.g. TR',
          maxLength: 2,
          autoComplete: 'off',
        })}
        {field('city', 'City')}
      </div>
      <div className="field-row">
        {field('startDate', 'Start date', { type: 'date' })}
        {field('endDate', 'End date', { type: 'date' })}
      </div>
      <datalist id={countriesId}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </datalist>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Create visit
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
