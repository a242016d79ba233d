import { useEffect, useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { call } from '../../api/client';
import { countryName, formatDateRange } from '../../format';

export function VisitView({ id, onBack }: { id: string; onBack: () => void }) {
  const [detail, setDetail] = useState<VisitDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('visits.get', { id }).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [id]);

  const people = new Map(detail?.people.map((p) => [p.id, p]) ?? []);
  return (
    <section className="page" aria-labelledby="visit-heading">
      <button type="button" className="button link" onClick={onBack}>
        ← All visits
      </button>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {detail && (
        <>
          <div className="page-head">
            <h1 id="visit-heading">{detail.visit.title}</h1>
            <span className="classification">{detail.visit.classification}</span>
          </div>
          <p className="visit-meta">
            {formatDateRange(detail.visit.startDate, detail.visit.endDate)} · {detail.visit.city},{' '}
            {countryName(detail.visit.hostCountry)} · guest: {countryName(detail.visit.guestCountry)} ·{' '}
            {detail.visit.status}
          </p>
          <h2>Programme</h2>
          {detail.programme.length === 0 ? (
            <p className="empty">No programme items yet.</p>
          ) : (
            <ol className="programme" aria-label="Programme">
              {detail.programme.map((item) => (
                <li key={item.id}>
                  <span className="time">
                    {item.start.replace('T', ' ')}
                    {item.end ? `–${item.end.slice(11)}` : ''}
                  </span>
                  <span className="item-title">{item.title}</span>
                  {item.location && <span className="muted"> · {item.location}</span>}
                  <span className="muted">
                    {' '}
                    · {item.participants.map((pid) => people.get(pid)?.name ?? 'unknown person').join(', ')}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h2>People</h2>
          <ul className="people" aria-label="People">
            {detail.people.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.titles[0] && <span> — {p.titles[0].title}</span>}
                {p.aliases.length > 0 && <span className="muted"> (also: {p.aliases.join(', ')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
