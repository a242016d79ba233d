import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Note, NoteStatus } from '../../../app/domain/note';
import { emptyContent, type NoteContent } from '../../../app/domain/content';
import { notesApi } from '../../api/notesApi';
import { NoteEditor } from '../../editor/NoteEditor';
import type { SaveState } from '../../editor/autosave';
import { SaveStateStore, useSaveState } from '../../editor/saveStateStore';
import type { AutosaveHandle } from '../../editor/plugins/AutosavePlugin';
import { formatDateTime } from '../../format';
import { ExportButton } from '../common/ExportButton';
import { PrintButton } from '../common/PrintButton';
import { PreviewButton } from '../common/PdfPreview';
import { ClassificationBanner } from './ClassificationBanner';
import { DeleteNoteConfirm } from './DeleteNoteConfirm';
import { HistoryPanel } from './HistoryPanel';
import { fieldContextOf, useVisitDetail } from './useVisitDetail';
import { SaveAsTemplate } from './SaveAsTemplate';
import { StoredSaveIndicator } from './SaveIndicator';
import { templateLabel } from './templateLabels';
import { STATUS_LABEL, workflowActions } from './workflow';
import { NoteDetails } from './NoteDetails';
import { ClearanceNotice } from './ClearanceNotice';
import { UnfinishedWarning } from './UnfinishedWarning';
import type { UnfinishedCount, UnfinishedNavigator } from '../../editor/plugins/PlaceholderPlugin';
import { changesSinceClearance } from '../../../app/templates/freeze';

const isConflict = (s: SaveState) => s.kind === 'conflict';

/** One note: classification banners, workflow, save state, and the editor. */
export function NoteView({
  id,
  onBack,
  backLabel,
  onDeleted,
}: {
  id: string;
  onBack: () => void;
  backLabel: string;
  /** The note was deleted: leave it (for the visit's notes list). */
  onDeleted: (title: string) => void;
}) {
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveStore] = useState(() => new SaveStateStore());
  const conflict = useSaveState(saveStore, isConflict);
  const [workflowError, setWorkflowError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const autosaveRef = useRef<AutosaveHandle | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // A revision shown in the history panel replaces the editor on screen (the editor stays mounted).
  const [previewing, setPreviewing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // The visit behind the note's live fields and names check; read afresh each time the note opens.
  const { visit: detail, load: loadVisit } = useVisitDetail();
  const programmeItemId = note?.programmeItemId ?? null;
  const classification = note?.classification;
  const status = note?.status;
  const clearance = note?.clearance ?? null;
  // One object per visit load: every field in the page re-renders when it changes, and only then.
  const fieldContext = useMemo(
    () => (detail ? fieldContextOf(detail, { programmeItemId, classification, status, clearance }) : null),
    [detail, programmeItemId, classification, status, clearance],
  );
  // What the visit says now behind the values a cleared note was cleared with.
  const changes = useMemo(
    () =>
      detail && status === 'cleared' && clearance
        ? changesSinceClearance(clearance.fields, fieldContextOf(detail, { programmeItemId, classification }))
        : [],
    [detail, status, clearance, programmeItemId, classification],
  );
  const [unfinished, setUnfinished] = useState<UnfinishedCount>({ placeholders: 0, missingFields: 0 });
  const unfinishedRef = useRef<UnfinishedNavigator | null>(null);
  const onUnfinished = useCallback(
    (c: UnfinishedCount) =>
      setUnfinished((p) => (p.placeholders === c.placeholders && p.missingFields === c.missingFields ? p : c)),
    [],
  );
  // Send for review / Clear asked while placeholders or missing fields remain: the warning shown.
  const [warning, setWarning] = useState<NoteStatus | null>(null);

  const load = useCallback(
    () =>
      notesApi.get(id).then(async (r) => {
        // The visit first, so the note's fields show their values in the first frame.
        if (r.ok) await loadVisit(r.value.visitId);
        // User Timing mark: the benchmark measures opening from here (data in hand) to the first frame.
        performance.mark('briefing:note-data');
        if (r.ok) {
          setNote(r.value);
          setLoadError(null);
          saveStore.set({ kind: 'saved' });
        } else setLoadError(r.error.message);
      }),
    [id, loadVisit, saveStore],
  );

  useEffect(() => {
    void load();
  }, [load]);

  // Back in the window after working elsewhere (the CLI, an import): fields show the visit as it is now.
  const visitId = note?.visitId;
  useEffect(() => {
    if (!visitId) return;
    const refresh = () => void loadVisit(visitId);
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [visitId, loadVisit]);

  const save = useCallback(
    async (contentJson: string, baseRevision: number) => {
      const r = await notesApi.save(id, baseRevision, contentJson);
      return r.ok ? { ok: true as const, value: { revision: r.value.revision } } : r;
    },
    [id],
  );
  const saveWithoutWaiting = useCallback(
    (contentJson: string, baseRevision: number) => notesApi.saveOnUnload(id, baseRevision, contentJson),
    [id],
  );

  const saveFirst = useCallback(async () => {
    const autosave = autosaveRef.current;
    await autosave?.flush();
    return { revision: autosave?.revision ?? note?.revision ?? 1, unsaved: autosave?.hasUnsavedChanges ?? false };
  }, [note?.revision]);
  const restored = useCallback(
    (next: Note) => {
      setNote(next);
      saveStore.set({ kind: 'saved' });
    },
    [saveStore],
  );

  // Stable while the user types, so the (memoised) editor skips the note view's re-renders.
  const readOnlyNote = note?.status === 'cleared';
  const baseRevision = note?.revision;
  const autosave = useMemo(
    () =>
      readOnlyNote || baseRevision === undefined
        ? undefined
        : { baseRevision, save, saveWithoutWaiting, onState: saveStore.set, handleRef: autosaveRef },
    [readOnlyNote, baseRevision, save, saveWithoutWaiting, saveStore],
  );
  const noteContent = note?.content;
  const content = useMemo(() => (noteContent as NoteContent | null) ?? emptyContent(), [noteContent]);

  async function changeStatus(to: NoteStatus, anyway = false) {
    const remaining = unfinished.placeholders + unfinished.missingFields;
    if ((to === 'review' || to === 'cleared') && remaining > 0 && !anyway) {
      setWarning(to);
      return;
    }
    setWarning(null);
    setBusy(true);
    setWorkflowError(null);
    await autosaveRef.current?.flush();
    const r = await notesApi.setStatus(id, to);
    setBusy(false);
    if (r.ok) await load();
    else setWorkflowError(r.error.message);
  }

  if (loadError) {
    return (
      <section className="page">
        <button type="button" className="button link" onClick={onBack}>
          ← {backLabel}
        </button>
        <p role="alert" className="error-banner">
          Could not open the note: {loadError}{' '}
          <button type="button" className="button" onClick={() => void load()}>
            Retry
          </button>
        </p>
      </section>
    );
  }
  if (!note) return <p className="muted page">Opening the note…</p>;

  const readOnly = note.status === 'cleared';
  return (
    <section className="page note-page" aria-labelledby="note-heading">
      <ClassificationBanner marking={note.classification} position="top" />
      <button type="button" className="button link" onClick={onBack}>
        ← {backLabel}
      </button>
      <div className="note-head">
        <div>
          <h1 id="note-heading">{note.title}</h1>
          <div className="note-state">
            <p className="note-meta">
              {templateLabel(note.template)} ·{' '}
              <span className={`status status-${note.status}`}>{STATUS_LABEL[note.status]}</span>
              {note.clearance && readOnly && (
                <>
                  {' '}
                  by {note.clearance.by} on {formatDateTime(note.clearance.at)}
                </>
              )}{' '}
              · last edited {formatDateTime(note.updatedAt)}
            </p>
            {/* The state of the note beside its details, so the actions keep to one row. */}
            {!readOnly && <StoredSaveIndicator store={saveStore} onRetry={() => void autosaveRef.current?.retry()} />}
            {!readOnly && unfinished.placeholders + unfinished.missingFields > 0 && (
              <button
                type="button"
                className="button unfinished-count"
                title="Go to the next placeholder or missing field (F2)"
                onClick={() => unfinishedRef.current?.next()}
              >
                {countLabel(unfinished)}
              </button>
            )}
          </div>
          <NoteDetails
            key={`${note.id}:${note.revision}`}
            note={note}
            detail={detail}
            readOnly={readOnly}
            before={() => autosaveRef.current?.flush() ?? Promise.resolve()}
            onChanged={restored}
          />
        </div>
        <div className="note-actions" role="group" aria-label="Workflow">
          {workflowActions(note.status).map((a) => (
            <button
              key={a.to}
              type="button"
              className={`button${a.primary ? ' primary' : ''}`}
              disabled={busy || conflict}
              onClick={() => void changeStatus(a.to)}
            >
              {a.label}
            </button>
          ))}
          <SaveAsTemplate
            defaultName={note.title}
            currentContent={async () => {
              await autosaveRef.current?.flush();
              const r = await notesApi.get(id);
              return r.ok ? (r.value.content as NoteContent) : null;
            }}
          />
          <ExportButton
            target={{ noteId: note.id }}
            label="Export to Word"
            before={() => autosaveRef.current?.flush() ?? Promise.resolve()}
          />
          <ExportButton target={{ noteId: note.id }} label="Export to PDF" format="pdf" before={saveFirst} />
          <PrintButton target={{ noteId: note.id }} before={saveFirst} />
          <PreviewButton target={{ noteId: note.id }} title={note.title} before={saveFirst} />
          <button
            type="button"
            className="button"
            aria-expanded={historyOpen}
            aria-controls="note-history"
            onClick={() => setHistoryOpen((open) => !open)}
          >
            History
          </button>
          <button type="button" className="button" onClick={() => setDeleting(true)}>
            Delete note
          </button>
        </div>
      </div>
      {deleting && (
        <DeleteNoteConfirm
          note={note}
          before={() => autosaveRef.current?.flush() ?? Promise.resolve()}
          onDeleted={onDeleted}
          onCancel={() => setDeleting(false)}
        />
      )}
      {warning && (
        <UnfinishedWarning
          to={warning}
          count={unfinished}
          onNext={() => unfinishedRef.current?.next()}
          onAnyway={() => void changeStatus(warning, true)}
          onCancel={() => setWarning(null)}
        />
      )}
      {readOnly && changes.length > 0 && (
        <ClearanceNotice changes={changes} busy={busy} onReopen={() => void changeStatus('draft')} />
      )}
      {workflowError && (
        <p role="alert" className="error-banner">
          {workflowError}
        </p>
      )}
      {readOnly && (
        <p className="info-banner" role="note">
          This note is cleared and read-only. Reopen it to make changes.
        </p>
      )}
      {conflict && (
        <div role="alert" className="error-banner conflict-banner">
          <strong>This note was changed elsewhere.</strong> Your latest changes were not saved, so nothing was
          overwritten. Copy anything you need, then load the saved version.{' '}
          <button type="button" className="button" onClick={() => void load()}>
            Load the saved version
          </button>
        </div>
      )}
      {historyOpen && (
        <HistoryPanel
          noteId={note.id}
          noteRevision={note.revision}
          readOnly={readOnly}
          fieldContext={fieldContext}
          saveFirst={saveFirst}
          onRestored={restored}
          onReload={() => void load()}
          onPreviewing={setPreviewing}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      <div hidden={previewing}>
        <NoteEditor
          key={`${note.id}:${note.revision}:${note.status}`}
          content={content}
          editable={!readOnly && !conflict}
          label={`Note: ${note.title}`}
          fieldContext={fieldContext}
          people={detail?.people}
          autosave={autosave}
          onUnfinished={onUnfinished}
          unfinishedRef={unfinishedRef}
          title={note.title}
        />
      </div>
      <ClassificationBanner marking={note.classification} position="bottom" />
    </section>
  );
}

/** "3 placeholders · 1 missing field": the header's counter. */
function countLabel({ placeholders, missingFields }: UnfinishedCount): string {
  const parts = [
    ...(placeholders ? [`${placeholders} placeholder${placeholders === 1 ? '' : 's'}`] : []),
    ...(missingFields ? [`${missingFields} missing field${missingFields === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' · ');
}
