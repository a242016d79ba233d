import { useCallback, useEffect, useState } from 'react';
import type { VisitSummary } from '../../../app/domain/visit';
import { call } from '../../api/client';
import { countryName, formatDateRange } from '../../format';
import { NewVisitForm } from './NewVisitForm';

export function VisitList({ onOpen }: { onOpen: (id: string) => void }) {
  const [visits, setVisits] = useState<VisitSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(
    () =>
      call('visits.list', {}).then((r) => {
        if (r.ok) {
          setVisits(r.value);
          setLoadError(null);
        } else setLoadError(r.error.message);
      }),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" aria-labelledby="visits-heading">
      <div className="page-head">
        <h1 id="visits-heading">Visits</h1>
        {!creating && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New visit
          </button>
        )}
      </div>
      {creating && (
        <NewVisitForm
          onCancel={() => setCreating(false)}
          onCreated={async () => {
            setCreating(false);
            await load();
          }}
        />
      )}
      {loadError && (
        <p role="alert" className="error-banner">
          Could not load the visits: {loadError}{' '}
          <button type="button" className="button" onClick={() => void load()}>
            Retry
          </button>
        </p>
      )}
      {visits === null && !loadError && <p className="muted">Loading…</p>}
      {visits?.length === 0 && <p className="empty">No visits yet. Create the first one with “New visit”.</p>}
      {visits && visits.length > 0 && (
        <ul className="visit-list" aria-label="Visits">
          {visits.map((v) => (
            <li key={v.id}>
              <button type="button" className="visit-row" onClick={() => onOpen(v.id)}>
                <span className="visit-title">{v.title}</span>
                <span className="visit-meta">
                  {formatDateRange(v.startDate, v.endDate)} · {v.city}, {countryName(v.hostCountry)} · guest:{' '}
                  {countryName(v.guestCountry)}
                </span>
                <span className={`status status-${v.status}`}>{v.status}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
