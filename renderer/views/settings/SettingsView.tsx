import { useEffect, useState } from 'react';
import type { InputOf } from '../../../app/api/contract';
import { call } from '../../api/client';

type Settings = InputOf<'settings.set'>;
interface Draft {
  department: string;
  author: string;
  language: string;
  classifications: string;
}

const fromSettings = (
  s: Required<Pick<Settings, 'department' | 'author' | 'language' | 'classifications'>>,
): Draft => ({
  department: s.department,
  author: s.author,
  language: s.language,
  classifications: s.classifications.join('\n'),
});

/**
 * The installation's settings: who writes (department, author), the markings and their order,
 * and the language of exported documents. Each field is kept when it is left (no Save to forget).
 */
export function SettingsView() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [kept, setKept] = useState<Draft | null>(null);
  const [error, setError] = useState<{ field: keyof Draft; message: string } | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (r.ok) {
        setDraft(fromSettings(r.value));
        setKept(fromSettings(r.value));
      } else setError({ field: 'department', message: r.error.message });
    });
  }, []);

  if (!draft || !kept) return <p className="muted">Loading…</p>;

  async function keep(field: keyof Draft) {
    if (!draft || !kept || draft[field] === kept[field]) return;
    const value =
      field === 'classifications'
        ? draft.classifications
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : draft[field];
    const r = await call('settings.set', { [field]: value } as Settings);
    if (!r.ok) {
      const issue = r.error.issues?.[0];
      setError({ field, message: issue ? issue.message : r.error.message });
      setStatus('');
      return;
    }
    setError(null);
    const next = fromSettings(r.value);
    setKept(next);
    // Only this field: the user may already be typing in the next one.
    setDraft((d) => d && { ...d, [field]: next[field] });
    setStatus('Saved');
  }

  const input = (field: Exclude<keyof Draft, 'classifications'>, label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`settings-${field}`}>{label}</label>
      <input
        id={`settings-${field}`}
        value={draft[field]}
        maxLength={200}
        aria-invalid={error?.field === field || undefined}
        aria-describedby={`settings-${field}-hint`}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        onBlur={() => void keep(field)}
      />
      <p className="field-hint" id={`settings-${field}-hint`}>
        {hint}
      </p>
      {error?.field === field && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );

  return (
    <section className="page" aria-labelledby="settings-heading">
      <div className="page-head">
        <h1 id="settings-heading">Settings</h1>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      <div className="card form">
        {input('department', 'Originating department', 'In the footer of every exported page and on the pack’s cover.')}
        {input('author', 'Your name', 'Author of exported documents, “Prepared by” on the pack’s cover.')}
        {input('language', 'Document language', 'For Word’s spelling and grammar check, e.g. en-GB, fr-FR, ru-RU.')}
        <WritingSettings onSaved={() => setStatus('Saved')} />
        <div className="field">
          <label htmlFor="settings-classifications">Classifications, lowest first</label>
          <textarea
            id="settings-classifications"
            rows={6}
            value={draft.classifications}
            aria-invalid={error?.field === 'classifications' || undefined}
            aria-describedby="settings-classifications-hint"
            onChange={(e) => setDraft({ ...draft, classifications: e.target.value })}
            onBlur={() => void keep('classifications')}
          />
          <p className="field-hint" id="settings-classifications-hint">
            One marking a line, in capitals. A briefing pack’s cover carries the highest marking of its briefs.
          </p>
          {error?.field === 'classifications' && (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

/**
 * How the editor helps while writing: the length past which a brief is flagged (the domain's
 * rule is two pages) and typographic quotes and dashes as you type. Each is kept when changed.
 */
function WritingSettings({ onSaved }: { onSaved: () => void }) {
  const [limit, setLimit] = useState<string | null>(null);
  const [smartQuotes, setSmartQuotes] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setLimit(String(r.value.briefPageLimit));
      setSmartQuotes(r.value.smartQuotes);
    });
  }, []);

  /** Saves, shows what was kept; false when it was refused (the message is shown). */
  async function save(changes: Settings): Promise<boolean> {
    const r = await call('settings.set', changes);
    if (!r.ok) {
      setError(r.error.issues?.[0]?.message ?? r.error.message);
      return false;
    }
    setError(null);
    setLimit(String(r.value.briefPageLimit));
    setSmartQuotes(r.value.smartQuotes);
    onSaved();
    return true;
  }

  if (limit === null) return null;
  return (
    <>
      <div className="field">
        <label htmlFor="settings-brief-page-limit">Flag a brief longer than (pages)</label>
        <input
          id="settings-brief-page-limit"
          type="number"
          min={1}
          max={100}
          value={limit}
          aria-invalid={error ? true : undefined}
          aria-describedby="settings-brief-page-limit-hint"
          onChange={(e) => setLimit(e.target.value)}
          onBlur={() => {
            const pages = Number(limit);
            if (!Number.isInteger(pages) || pages < 1 || pages > 100)
              setError('Give a whole number of pages, 1 to 100.');
            else void save({ briefPageLimit: pages });
          }}
        />
        <p className="field-hint" id="settings-brief-page-limit-hint">
          Briefs are best kept to two sides; the note says when one is longer.
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={smartQuotes}
            onChange={(e) => {
              // Shown at once; the saved value comes back with the answer (the old one, on a failure).
              const on = e.target.checked;
              setSmartQuotes(on);
              void save({ smartQuotes: on }).then((saved) => saved || setSmartQuotes(!on));
            }}
          />{' '}
          Typographic quotes and dashes as you type (‘ ’ “ ” –)
        </label>
      </div>
    </>
  );
}
