import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListedNote, VisitDetail } from '../../../app/api/contract';
import { packSelection, type PackChoice } from '../../../app/domain/pack';
import { call } from '../../api/client';
import { ExportButton } from '../common/ExportButton';
import { PreviewButton } from '../common/PdfPreview';
import { STATUS_LABEL } from '../note/workflow';
import { LengthFlag } from './LengthFlag';

type Cover = PackChoice['cover'];
const COVER_FIELDS: { key: keyof Cover; label: string; type?: string }[] = [
  { key: 'for', label: 'For' },
  { key: 'reference', label: 'Reference' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'preparedBy', label: 'Prepared by' },
];

/**
 * The "Briefing pack" of a visit: which notes go in and in what order, drafts or not, the cover
 * and numbered paragraphs. Every change is kept with the visit at once (pack.set), so the window,
 * the CLI and the interchange file export the same pack.
 */
export function PackTab({ detail }: { detail: VisitDetail }) {
  const visitId = detail.visit.id;
  const [notes, setNotes] = useState<ListedNote[] | null>(null);
  const [pageLimit, setPageLimit] = useState(Infinity);
  const [choice, setChoice] = useState<PackChoice | null>(null);
  const [cover, setCover] = useState<Cover>({});
  const [author, setAuthor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const saving = useRef(Promise.resolve());

  useEffect(() => {
    // With each note's estimated length in Word, to flag a brief past the page limit.
    const listed = call('notes.list', { visitId, withLength: true });
    void Promise.all([listed, call('pack.get', { visitId }), call('settings.get', {})]).then(([n, c, s]) => {
      if (!n.ok) return setError(n.error.message);
      if (!c.ok) return setError(c.error.message);
      setNotes(n.value);
      setChoice(c.value);
      setCover(c.value.cover);
      if (s.ok) setAuthor(s.value.author);
      if (s.ok) setPageLimit(s.value.briefPageLimit);
    });
  }, [visitId]);

  const keep = useCallback(
    (next: PackChoice) => {
      setChoice(next);
      setSaved(false);
      // One save at a time, in order: the last change is the one kept.
      saving.current = saving.current.then(async () => {
        const r = await call('pack.set', { visitId, choice: next });
        if (r.ok) {
          setError(null);
          setSaved(true);
        } else setError(r.error.message);
      });
    },
    [visitId],
  );

  if (error && !choice)
    return (
      <p role="alert" className="error-banner">
        {error}
      </p>
    );
  if (!notes || !choice) return <p className="muted">Loading…</p>;

  const { included, left } = packSelection(choice, notes, detail.programme);
  const ids = included.map((n) => n.id);
  const setIds = (noteIds: string[]) => keep({ ...choice, noteIds });
  const leave = (id: string) =>
    keep({ ...choice, noteIds: ids.filter((i) => i !== id), leftOut: [...choice.leftOut, id] });
  const add = (id: string) =>
    keep({ ...choice, noteIds: [...ids, id], leftOut: choice.leftOut.filter((i) => i !== id) });
  const move = (index: number, by: number) => {
    const next = [...ids];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id!);
    setIds(next);
  };
  const principal = detail.people.find((p) => p.id === detail.visit.principalId);
  const placeholder: Partial<Record<keyof Cover, string>> = {
    for: principal?.name ?? '',
    date: '',
    preparedBy: author,
  };
  const saveCover = () => {
    const cleaned = Object.fromEntries(Object.entries(cover).filter(([, v]) => v && v.trim())) as Cover;
    if (JSON.stringify(cleaned) !== JSON.stringify(choice.cover)) keep({ ...choice, cover: cleaned });
  };
  const draftsLeft = included.filter((n) => n.status !== 'cleared').length;

  return (
    <div className="panel pack-builder">
      <div className="panel-head">
        <h2>Briefing pack</h2>
        <span role="status" className="muted">
          {saved ? 'Kept with the visit' : ''}
        </span>
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <fieldset className="card">
        <legend>Notes in the pack, in order</legend>
        {included.length === 0 && <p className="empty">No notes in the pack.</p>}
        <ol className="pack-notes" aria-label="Notes in the pack">
          {included.map((n, i) => (
            <li key={n.id}>
              <label>
                <input type="checkbox" checked onChange={() => leave(n.id)} />
                Brief {i + 1} — {n.title}
              </label>
              <LengthFlag length={n.length} limit={pageLimit} />
              <span className={`status status-${n.status}`}>{STATUS_LABEL[n.status]}</span>
              <span className="classification" data-marking={n.classification}>
                {n.classification}
              </span>
              <button
                type="button"
                className="button small"
                disabled={i === 0}
                aria-label={`Move “${n.title}” up`}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                disabled={i === included.length - 1}
                aria-label={`Move “${n.title}” down`}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        {left.length > 0 && (
          <ul className="pack-notes" aria-label="Notes left out">
            {left.map((n) => (
              <li key={n.id}>
                <label>
                  <input type="checkbox" checked={false} onChange={() => add(n.id)} />
                  {n.title}
                </label>
                <span className={`status status-${n.status}`}>{STATUS_LABEL[n.status]}</span>
              </li>
            ))}
          </ul>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={choice.includeDrafts}
            onChange={(e) => keep({ ...choice, includeDrafts: e.target.checked })}
          />
          Include notes not yet cleared (the pack is marked DRAFT{draftsLeft ? `: ${draftsLeft} now` : ''})
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={choice.numberedParagraphs}
            onChange={(e) => keep({ ...choice, numberedParagraphs: e.target.checked })}
          />
          Number paragraphs (1, 1.1)
        </label>
      </fieldset>
      <fieldset className="card">
        <legend>Cover</legend>
        <div className="field-row">
          {COVER_FIELDS.map((f) => (
            <div className="field" key={f.key}>
              <label htmlFor={`pack-cover-${f.key}`}>{f.label}</label>
              <input
                id={`pack-cover-${f.key}`}
                type={f.type ?? 'text'}
                value={cover[f.key] ?? ''}
                placeholder={placeholder[f.key] || undefined}
                maxLength={200}
                onChange={(e) => setCover({ ...cover, [f.key]: e.target.value })}
                onBlur={saveCover}
              />
            </div>
          ))}
        </div>
        <p className="field-hint">
          Empty fields take the visit’s principal, today’s date and the author from Settings.
        </p>
      </fieldset>
      <ExportButton
        target={{ visitId }}
        label="Export briefing pack"
        before={async () => {
          saveCover();
          await saving.current;
        }}
      />
      <PreviewButton
        target={{ visitId }}
        title="Briefing pack"
        before={async () => {
          saveCover();
          await saving.current;
        }}
      />
    </div>
  );
}
