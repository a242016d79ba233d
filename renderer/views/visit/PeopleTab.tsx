import { useId, useState, type FormEvent } from 'react';
import { useUnsavedChanges } from './unsavedChanges';
import type { VisitDetail } from '../../../app/api/contract';
import { resolveCountry } from '../../../app/domain/country';
import { titleOn, type DatedTitle, type Person, type PersonInput } from '../../../app/domain/person';
import { messagesByField } from '../../api/client';
import { visitApi } from '../../api/visitApi';
import { countryName } from '../../format';
import { ConfirmInline } from '../common/ConfirmInline';
import { CountryOptions } from '../common/CountryOptions';
import { Field } from '../common/Field';
import { useEscapeToClose } from '../common/useEscapeToClose';

/** People of the visit: canonical name, other spellings, titles with the dates they were held. */
export function PeopleTab({ detail, onChanged }: { detail: VisitDetail; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const people = [...detail.people].sort((a, b) => a.name.localeCompare(b.name));

  // The person whose removal is being confirmed.
  const [removing, setRemoving] = useState<Person | null>(null);

  async function remove(person: Person) {
    const r = await visitApi.removePerson(person.id);
    setRemoving(null);
    if (r.ok) await onChanged();
    else setError(r.error.message);
  }

  return (
    <div className="panel">
      <div className="panel-head">
        <h2>People</h2>
        {editing === null && (
          <button type="button" id="add-person" className="button primary" onClick={() => setEditing('new')}>
            Add person
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {editing !== null && (
        <PersonForm
          visitId={detail.visit.id}
          person={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={async () => {
            setEditing(null);
            await onChanged();
          }}
        />
      )}
      {people.length === 0 && editing === null && <p className="empty">No people yet.</p>}
      {people.length > 0 && (
        <ul className="people-list" aria-label="People">
          {people.map((p) => {
            const current = titleOn(p, detail.visit.startDate);
            return (
              <li key={p.id} className={`person${removing?.id === p.id ? ' confirming' : ''}`}>
                <div className="person-body">
                  <span className="person-name">
                    {p.name}
                    {p.nativeName && (
                      <span className="native-name" lang={nativeLang(p.country)} aria-label="Native-script name">
                        {p.nativeName}
                      </span>
                    )}
                  </span>
                  {current && (
                    <span className="person-title">
                      {current.title}
                      {current.organisation ? `, ${current.organisation}` : ''}
                    </span>
                  )}
                  {p.aliases.length > 0 && <span className="muted">Also written: {p.aliases.join(' · ')}</span>}
                  {p.titles.length > 1 && <span className="muted">{p.titles.length} titles on record</span>}
                  {p.country && <span className="muted">{countryName(p.country)}</span>}
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    onClick={() => setEditing(p)}
                    aria-label={`Edit ${p.name}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => setRemoving(p)}
                    aria-label={`Remove ${p.name}`}
                  >
                    Remove
                  </button>
                </div>
                {removing?.id === p.id && (
                  <ConfirmInline
                    question={`Remove ${p.name} from this visit?`}
                    confirmLabel="Remove person"
                    busyLabel="Removing…"
                    destructive
                    onConfirm={() => remove(p)}
                    onCancel={() => setRemoving(null)}
                  >
                    <p>They are also taken off the programme items they take part in.</p>
                  </ConfirmInline>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

type TitleDraft = { title: string; organisation: string; from: string; to: string };
const blankTitle = (): TitleDraft => ({ title: '', organisation: '', from: '', to: '' });

function PersonForm({
  visitId,
  person,
  onDone,
  onCancel,
}: {
  visitId: string;
  person: Person | null;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(person?.name ?? '');
  const [aliases, setAliases] = useState(person?.aliases.join('\n') ?? '');
  // Typed by name ("Kenya", "UK"); the API takes the ISO code.
  const [country, setCountry] = useState(person?.country ? countryName(person.country) : '');
  const countriesId = useId();
  const [nativeName, setNativeName] = useState(person?.nativeName ?? '');
  const [biography, setBiography] = useState(person?.biography ?? '');
  const [titles, setTitles] = useState<TitleDraft[]>(
    person?.titles.length
      ? person.titles.map((t: DatedTitle) => ({
          title: t.title,
          organisation: t.organisation ?? '',
          from: t.from ?? '',
          to: t.to ?? '',
        }))
      : [blankTitle()],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Typing not saved yet: leaving the tab asks first.
  const typed = JSON.stringify([name, aliases, country, biography, titles]);
  const [initial] = useState(typed);
  useUnsavedChanges(typed !== initial && (person ? `Person “${person.name}”` : 'New person'));
  const escape = useEscapeToClose({
    dirty: typed !== initial,
    onClose: onCancel,
    discardQuestion: person ? `Discard your changes to ${person.name}?` : 'Discard the new person?',
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input: PersonInput = {
      name,
      aliases: aliases
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      titles: titles
        .filter((t) => t.title.trim() || t.organisation.trim() || t.from || t.to)
        .map((t) => ({
          title: t.title,
          organisation: t.organisation || undefined,
          from: t.from || undefined,
          to: t.to || undefined,
        })),
      country: country.trim() ? (resolveCountry(country) ?? country.trim()) : undefined,
      nativeName: nativeName.trim() || undefined,
      biography,
    };
    const r = person ? await visitApi.updatePerson(person.id, input) : await visitApi.addPerson(visitId, input);
    if (r.ok) return onDone();
    setErrors(messagesByField(r.error));
    setFormError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
  }

  const setTitle = (i: number, patch: Partial<TitleDraft>) =>
    setTitles((ts) => ts.map((t, j) => (j === i ? { ...t, ...patch } : t)));

  return (
    <form
      className="card form"
      aria-label={person ? 'Edit person' : 'New person'}
      onSubmit={submit}
      onKeyDown={escape.onKeyDown}
      noValidate
    >
      <h3>{person ? `Edit ${person.name}` : 'New person'}</h3>
      {formError && (
        <p role="alert" className="error-banner">
          {formError}
        </p>
      )}
      <div className="field-row">
        <Field
          id="person-name"
          label="Name"
          value={name}
          error={errors.name}
          onChange={setName}
          inputProps={{ autoFocus: true }}
        />
        <Field
          id="person-country"
          label="Country"
          value={country}
          error={errors.country}
          onChange={setCountry}
          inputProps={{ list: countriesId, placeholder: 'e.g. Türkiye', autoComplete: 'off' }}
        />
        <CountryOptions id={countriesId} />
      </div>
      <Field
        id="person-native-name"
        label="Name in their own script"
        value={nativeName}
        error={errors.nativeName}
        onChange={setNativeName}
        hint="Optional, e.g. Мұхтар Тілеуберді: shown beside the name; the names check finds either spelling"
        inputProps={{ autoComplete: 'off' }}
      />
      <Field
        id="person-aliases"
        label="Other spellings"
        error={errors.aliases ?? Object.entries(errors).find(([k]) => k.startsWith('aliases.'))?.[1]}
        hint="One per line: transliterations and short forms, e.g. M. Chavoshuglu"
      >
        <textarea
          id="person-aliases"
          rows={3}
          value={aliases}
          aria-describedby="person-aliases-hint"
          onChange={(e) => setAliases(e.target.value)}
        />
      </Field>
      <fieldset className="titles">
        <legend>Titles</legend>
        {titles.map((t, i) => (
          // Title and organisation take the width (long official titles are read in full); the
          // dates sit beside them at the width a date needs.
          <div className="title-entry" key={i} role="group" aria-label={`Title ${i + 1}`}>
            {titles.length > 1 && (
              <div className="title-entry-head">
                <span aria-hidden="true">Title {i + 1}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove title ${i + 1}`}
                  onClick={() => setTitles((ts) => ts.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
            )}
            <Field
              id={`person-title-${i}`}
              className="title-entry-title"
              label="Title"
              value={t.title}
              error={errors[`titles.${i}.title`]}
              onChange={(title) => setTitle(i, { title })}
            />
            <Field
              id={`person-org-${i}`}
              className="title-entry-org"
              label="Organisation"
              value={t.organisation}
              error={errors[`titles.${i}.organisation`]}
              onChange={(organisation) => setTitle(i, { organisation })}
            />
            <Field
              id={`person-from-${i}`}
              className="title-entry-from"
              label="From"
              value={t.from}
              error={errors[`titles.${i}.from`]}
              onChange={(from) => setTitle(i, { from })}
              inputProps={{ type: 'date' }}
            />
            <Field
              id={`person-to-${i}`}
              className="title-entry-to"
              label="To"
              value={t.to}
              error={errors[`titles.${i}.to`]}
              onChange={(to) => setTitle(i, { to })}
              inputProps={{ type: 'date' }}
            />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => setTitles((ts) => [...ts, blankTitle()])}>
          Add another title
        </button>
      </fieldset>
      <Field id="person-biography" label="Biography" error={errors.biography}>
        <textarea id="person-biography" rows={4} value={biography} onChange={(e) => setBiography(e.target.value)} />
      </Field>
      {escape.confirm}
      <div className="actions">
        <button type="submit" className="button primary">
          {person ? 'Save person' : 'Add person'}
        </button>
        <button type="button" className="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The language tag of a native-script name, from the person's country (for fonts and screen readers). */
function nativeLang(country: string | undefined): string | undefined {
  const LANGS: Record<string, string> = {
    KZ: 'kk',
    RU: 'ru',
    UA: 'uk',
    BY: 'be',
    RS: 'sr',
    MK: 'mk',
    BG: 'bg',
    KG: 'ky',
    TJ: 'tg',
    UZ: 'uz',
    TM: 'tk',
    TR: 'tr',
    MN: 'mn',
  };
  return country ? LANGS[country] : undefined;
}
