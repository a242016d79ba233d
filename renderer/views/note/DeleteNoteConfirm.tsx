import { useState } from 'react';
import type { NoteSummary } from '../../../app/domain/note';
import { notesApi } from '../../api/notesApi';
import { ConfirmInline } from '../common/ConfirmInline';

/**
 * "Delete this note?" for the note view and the visit's notes list: deletes it with its history,
 * and keeps the question open with the reason if the app refuses.
 */
export function DeleteNoteConfirm({
  note,
  before,
  onDeleted,
  onCancel,
}: {
  note: Pick<NoteSummary, 'id' | 'title' | 'status'>;
  /** Runs first (the note view saves what is pending, so nothing is left to save afterwards). */
  before?: () => Promise<void>;
  onDeleted: (title: string) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setError(null);
    await before?.();
    const r = await notesApi.remove(note.id);
    if (r.ok) onDeleted(note.title);
    else setError(r.error.message);
  }

  return (
    <ConfirmInline
      question={`Delete “${note.title}”?`}
      confirmLabel="Delete note"
      busyLabel="Deleting…"
      destructive
      onConfirm={remove}
      onCancel={onCancel}
    >
      <p>
        The note and all its earlier versions are deleted for good
        {note.status === 'cleared' ? ', although it is cleared' : ''}. Exported Word files are not affected.
      </p>
      {error && (
        <p role="alert" className="confirm-error">
          Could not delete the note: {error}
        </p>
      )}
    </ConfirmInline>
  );
}
