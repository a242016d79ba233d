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
