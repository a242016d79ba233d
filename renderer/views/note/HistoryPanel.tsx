import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Note, RevisionInfo, RevisionSnapshot } from '../../../app/domain/note';
import type { NoteContent } from '../../../app/domain/content';
import type { FieldContext } from '../../../app/templates/fields';
import { notesApi } from '../../api/notesApi';
import { TemplatePreview } from '../../editor/TemplatePreview';
import { formatDateTime } from '../../format';
import { revisionCause } from './revisionLabels';
import './HistoryPanel.css';
import { errorInWords } from '../../api/errorWords';
import { useToast } from '../common/Toast';
import { useReturnFocus } from '../common/useReturnFocus';

export interface HistoryPanelProps {
  noteId: string;
  /** Changes whenever the note view reloads the note (status change, restore): the list is read again. */
  noteRevision: number;
  /** A cleared note can be looked back on, not restored. */
  readOnly: boolean;
  fieldContext: FieldContext | null;
  /** Saves what is pending; resolves with the revision the note is now at, and whether anything is left unsaved. */
  saveFirst(): Promise<{ revision: number; unsaved: boolean }>;
  onRestored(note: Note): void;
  /** The note changed elsewhere: load the saved version. */
  onReload(): void;
  /** While a revision is previewed, the note view hides its editor. */
  onPreviewing(previewing: boolean): void;
  onClose(): void;
}

type RestoreProblem = { kind: 'conflict' | 'error'; message: string };

/**
 * The note's history: its kept revisions (when, why, which number), a read-only preview of one,
 * and "Restore this version", which saves pending typing first and puts that text back as a new
 * revision on top (history is never rewritten). A note changed elsewhere is a conflict, shown.
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { noteId, noteRevision, readOnly, fieldContext, saveFirst, onRestored, onReload, onPreviewing, onClose } =
    props;
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [selected, setSelected] = useState<RevisionInfo | null>(null);
  const [preview, setPreview] = useState<RevisionSnapshot | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<RestoreProblem | null>(null);
  const toast = useToast();
  // The revision a restore made: the focus goes to it once the list shows it.
  const focusRevision = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Closing (Escape, Close history) hands the focus back to the History button.
  const returnFocus = useReturnFocus();
  const close = () => {
    onClose();
    returnFocus();
  };

  const loadList = useCallback(
    () =>
      notesApi.revisions(noteId).then((r) => {
        if (r.ok) {
          setRevisions(r.value);
          setListError(null);
        } else setListError(r.error.message);
      }),
    [noteId],
  );
  useEffect(() => {
    void loadList();
  }, [loadList, noteRevision]);

  useEffect(() => {
    onPreviewing(selected !== null);
  }, [selected, onPreviewing]);
  useEffect(() => () => onPreviewing(false), [onPreviewing]);

  async function choose(r: RevisionInfo) {
    setSelected(r);
    setPreview(null);
    setPreviewError(null);
    setProblem(null);
    const got = await notesApi.revision(noteId, r.revision);
    if (got.ok) setPreview(got.value);
    else setPreviewError(got.error.message);
  }

  function backToCurrent() {
    setSelected(null);
    setPreview(null);
    setProblem(null);
  }

  async function restore(r: RevisionInfo) {
    setRestoring(true);
    setProblem(null);
    const { revision: base, unsaved } = await saveFirst();
    if (unsaved) {
      setRestoring(false);
      setProblem({
        kind: 'error',
        message:
          'Your latest changes could not be saved, so nothing was restored (they would be lost). Retry saving first.',
      });
      return;
    }
    const result = await notesApi.restore(noteId, r.revision, base);
    setRestoring(false);
    if (!result.ok) {
      setProblem({
        kind: result.error.code === 'conflict' ? 'conflict' : 'error',
        message: errorInWords(result.error),
      });
      return;
    }
    backToCurrent();
    toast({ text: `Restored revision ${r.revision} as revision ${result.value.revision}.` });
    focusRevision.current = result.value.revision;
    onRestored(result.value);
  }

  // The restore button is gone once the preview closes: the focus goes to the revision it made.
  useEffect(() => {
    const at = focusRevision.current;
    const button = at === null ? null : listRef.current?.querySelector<HTMLButtonElement>(`[data-revision="${at}"]`);
    if (!button) return;
    button.focus();
    focusRevision.current = null;
  }, [revisions]);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || restoring) return;
    e.stopPropagation();
    if (selected) {
      const at = selected.revision;
      backToCurrent();
      listRef.current?.querySelector<HTMLButtonElement>(`[data-revision="${at}"]`)?.focus();
    } else close();
  }

  const latest = revisions?.[0]?.revision;
  return (
    <section className="card history-panel" id="note-history" aria-labelledby="history-heading" onKeyDown={onKeyDown}>
      <div className="history-head">
        <h2 id="history-heading">History</h2>
        <button type="button" className="button small" onClick={close}>
          Close history
        </button>
      </div>
      {listError && (
        <p role="alert" className="error-banner">
          Could not load the history: {listError}{' '}
          <button type="button" className="button small" onClick={() => void loadList()}>
            Retry
          </button>
        </p>
      )}
      <div className="history-body">
        {revisions && (
          <ol className="revision-list" aria-label="Revisions" ref={listRef}>
            {revisions.map((r) => (
              <li key={r.revision}>
                <button
                  type="button"
                  className="revision"
                  data-revision={r.revision}
                  aria-pressed={selected?.revision === r.revision}
                  onClick={() => void choose(r)}
                >
                  <span className="revision-cause">{revisionCause(r)}</span>
                  <span className="revision-time">
                    {formatDateTime(r.createdAt)}
                    {r.by ? ` · ${r.by}` : ''}
                  </span>
                  {r.detail && <span className="revision-detail">{r.detail}</span>}
                  <span className="revision-number">
                    Revision {r.revision}
                    {r.revision === latest ? ' · newest kept' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="revision-preview">
          {!selected && (
            <p className="muted">
              Choose a version to see it as it was. The note does not change unless you restore one, and a restore is
              itself kept in the history.
            </p>
          )}
          {selected && (
            <>
              <div className="revision-preview-head">
                <h3>
                  Revision {selected.revision}: {revisionCause(selected)}, {formatDateTime(selected.createdAt)}
                </h3>
                <div className="actions">
                  <button
                    type="button"
                    className="button primary"
                    disabled={readOnly || restoring || !preview}
                    onClick={() => void restore(selected)}
                  >
                    {restoring ? 'Restoring…' : 'Restore this version'}
                  </button>
                  <button type="button" className="button" disabled={restoring} onClick={backToCurrent}>
                    Back to the current version
                  </button>
                </div>
                {readOnly && <p className="muted">This note is cleared. Reopen it to restore an earlier version.</p>}
              </div>
              {problem && (
                <div role="alert" className="error-banner">
                  {problem.kind === 'conflict' ? (
                    <>
                      <strong>The note was changed elsewhere,</strong> so nothing was restored. Load the saved version,
                      then restore again if you still want this one.{' '}
                      <button
                        type="button"
                        className="button small"
                        onClick={() => {
                          backToCurrent();
                          onReload();
                        }}
                      >
                        Load the saved version
                      </button>
                    </>
                  ) : (
                    <>Could not restore: {problem.message}</>
                  )}
                </div>
              )}
              {previewError && (
                <p role="alert" className="error-banner">
                  Could not show revision {selected.revision}: {previewError}
                </p>
              )}
              {!preview && !previewError && <p className="muted">Opening revision {selected.revision}…</p>}
              {preview && (
                <div className="revision-document">
                  <TemplatePreview
                    key={preview.revision}
                    content={preview.content as NoteContent}
                    fieldContext={fieldContext}
                    label={`Revision ${preview.revision} (read-only preview)`}
                  />
                </div>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
