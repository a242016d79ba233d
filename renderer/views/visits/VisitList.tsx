import { useCallback, useEffect, useMemo, useState } from 'react';
import { VISIT_STATUSES, type VisitSummary } from '../../../app/domain/visit';
import { call } from '../../api/client';
import { countryName, formatDateRange } from '../../format';
import { NewVisitForm } from './NewVisitForm';
import { useTextSearch } from './useTextSearch';
import { filterVisits, NO_FILTER, type VisitFilter, type When } from './visitFilter';

/**
 * The visits, searchable and filtered, with the new-visit form. `newVisitRequest` counts the
 * desktop menu's File → New visit: each new value opens the form (one already open is kept).
 */
export function VisitList({ onOpen, newVisitRequest = 0 }: { onOpen: (id: string) => void; newVisitRequest?: number }) {
  const [visits, setVisits] = useState<VisitSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(newVisitRequest > 0);
  const [seenRequest, setSeenRequest] = useState(newVisitRequest);
  if (newVisitRequest !== seenRequest) {
    // Adjusting state to a changed prop during render, as React recommends (no effect, no flash).
    setSeenRequest(newVisitRequest);
    setCreating(true);
  }
  const [filter, setFilter] = useState<VisitFilter>(NO_FILTER);

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

  const found = useTextSearch(filter.text);
  const foundIds = useMemo(() => new Set(found.keys()), [found]);
  const today = new Date().toISOString().slice(0, 10);
  const shown = useMemo(
    () => (visits ? filterVisits(visits, filter, today, foundIds) : null),
    [visits, filter, today, foundIds],
  );
  const filtering = filter.text !== '' || filter.status !== 'any' || filter.when !== 'any';

  return (
    <section className="page" aria-labelledby="visits-heading">
      <div className="page-head">
        <h1 id="visits-heading">Visits</h1>
        {!creating && (
          <button type="button" id="new-visit" className="button primary" onClick={() => setCreating(true)}>
            New visit
          </button>
        )}
      </div>
      {creating && (
        <NewVisitForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            // The new visit opens: its programme and people are what comes next.
            setCreating(false);
            onOpen(id);
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
        <>
          <div className="list-filters" role="search" aria-label="Find visits">
            <div className="field search">
              <label htmlFor="visit-search">Search</label>
              <input
                id="visit-search"
                type="search"
                placeholder="Title, place, person or words in a note"
                value={filter.text}
                onChange={(e) => setFilter({ ...filter, text: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="visit-status-filter">Status</label>
              <select
                id="visit-status-filter"
                value={filter.status}
                onChange={(e) => setFilter({ ...filter, status: e.target.value as VisitFilter['status'] })}
              >
                <option value="any">Any status</option>
                {VISIT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s.charAt(0).toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="visit-when-filter">Dates</label>
              <select
                id="visit-when-filter"
                value={filter.when}
                onChange={(e) => setFilter({ ...filter, when: e.target.value as When })}
              >
                <option value="any">Any dates</option>
                <option value="upcoming">Upcoming and current</option>
                <option value="past">Past</option>
              </select>
            </div>
          </div>
          <p className="list-count" role="status">
            {filtering ? `${shown!.length} of ${plural(visits.length, 'visit')}` : plural(visits.length, 'visit')}
          </p>
          {shown!.length === 0 && <p className="empty">No visits match. Clear the search or the filters.</p>}
          {shown!.length > 0 && (
            <ul className="visit-list" aria-label="Visits">
              {shown!.map((v) => (
                <li key={v.id}>
                  <button type="button" className="visit-row" onClick={() => onOpen(v.id)}>
                    <span className="visit-title">{v.title}</span>
                    <span className="visit-meta">
                      {formatDateRange(v.startDate, v.endDate)} · {v.city}, {countryName(v.hostCountry)} · guest:{' '}
                      {countryName(v.guestCountry)}
                    </span>
                    <span className={`status status-${v.status}`}>{v.status}</span>
                    {found.get(v.id) && <span className="found-in">{found.get(v.id)}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
