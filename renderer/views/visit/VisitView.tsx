import { useCallback, useEffect, useState } from 'react';
import type { VisitDetail } from '../../../app/api/contract';
import { call } from '../../api/client';
import { countryName, formatDateRange } from '../../format';
import { NotesTab } from './NotesTab';
import { PackTab } from './PackTab';
import { OverviewTab } from './OverviewTab';
import { PeopleTab } from './PeopleTab';
import { ProgrammeTab } from './ProgrammeTab';
import { ExportButton } from '../common/ExportButton';
import { PrintButton } from '../common/PrintButton';
import { Tabs } from './Tabs';
import { ConfirmInline } from '../common/ConfirmInline';
import { UnsavedChangesProvider, useUnsavedGuard } from './unsavedChanges';

export type VisitTab = 'overview' | 'programme' | 'people' | 'notes' | 'pack';

/** One visit: a header, then Overview, Programme, People and Notes as tabs. */
export function VisitView({
  id,
  tab,
  onTab,
  onBack,
  onOpenNote,
  notice,
}: {
  id: string;
  tab: VisitTab;
  onTab: (tab: VisitTab) => void;
  onBack: () => void;
  onOpenNote: (noteId: string) => void;
  /** A message for the notes tab on arrival (a note was just deleted). */
  notice?: string | null;
}) {
  const [detail, setDetail] = useState<VisitDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "New note" on a programme item: the notes tab opens with the form for that meeting.
  const [newNoteFor, setNewNoteFor] = useState<string | undefined>(undefined);
  // A form with typing not saved yet (a programme item, a person) asks before it is left.
  const unsaved = useUnsavedGuard();
  const changeTab = (next: VisitTab) =>
    unsaved.leave(() => {
      setNewNoteFor(undefined);
      onTab(next);
    });

  const load = useCallback(
    () =>
      call('visits.get', { id }).then((r) => {
        if (r.ok) {
          setDetail(r.value);
          setError(null);
        } else setError(r.error.message);
      }),
    [id],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" aria-labelledby="visit-heading">
      <button type="button" className="button link" onClick={() => unsaved.leave(onBack)}>
        ← All visits
      </button>
      {unsaved.pending && (
        <ConfirmInline
          question={`${unsaved.pending.labels.join(', ')}: your changes are not saved. Leave without saving them?`}
          confirmLabel="Leave without saving"
          destructive
          onConfirm={unsaved.answer.discard}
          onCancel={unsaved.answer.stay}
        />
      )}
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {detail && (
        <>
          <div className="page-head visit-head">
            <div>
              <h1 id="visit-heading">{detail.visit.title}</h1>
              <p className="visit-meta">
                {formatDateRange(detail.visit.startDate, detail.visit.endDate)} · {detail.visit.city},{' '}
                {countryName(detail.visit.hostCountry)} · guest: {countryName(detail.visit.guestCountry)}
              </p>
            </div>
            <div className="visit-badges">
              <span className={`status status-${detail.visit.status}`}>{detail.visit.status}</span>
              <span className="classification" data-marking={detail.visit.classification}>
                {detail.visit.classification}
              </span>
              <ExportButton target={{ visitId: detail.visit.id }} label="Export briefing pack" />
              <ExportButton target={{ visitId: detail.visit.id }} label="Pack as PDF" format="pdf" />
              <PrintButton target={{ visitId: detail.visit.id }} />
            </div>
          </div>
          <UnsavedChangesProvider value={unsaved.registry}>
            <Tabs
              label="Visit sections"
              current={tab}
              onChange={changeTab}
              tabs={[
                { key: 'overview', label: 'Overview' },
                { key: 'programme', label: 'Programme', count: detail.programme.length },
                { key: 'people', label: 'People', count: detail.people.length },
                { key: 'notes', label: 'Notes' },
                { key: 'pack', label: 'Briefing pack' },
              ]}
            >
              {tab === 'overview' && <OverviewTab detail={detail} onChanged={load} />}
              {tab === 'programme' && (
                <ProgrammeTab
                  detail={detail}
                  onChanged={load}
                  onNewNote={(itemId) => {
                    setNewNoteFor(itemId);
                    onTab('notes');
                  }}
                />
              )}
              {tab === 'people' && <PeopleTab detail={detail} onChanged={load} />}
              {tab === 'notes' && (
                <NotesTab
                  detail={detail}
                  onOpenNote={(noteId) => unsaved.leave(() => onOpenNote(noteId))}
                  newNoteFor={newNoteFor}
                  notice={notice}
                />
              )}
              {tab === 'pack' && <PackTab detail={detail} />}
            </Tabs>
          </UnsavedChangesProvider>
        </>
      )}
    </section>
  );
}
