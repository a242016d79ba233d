import { useEffect, useRef } from 'react';
import type { NoteStatus } from '../../../app/domain/note';
import { remainingSentence } from '../../../app/templates/unfinished';
import type { UnfinishedCount } from '../../editor/plugins/PlaceholderPlugin';
import { useReturnFocus } from '../common/useReturnFocus';

const ACTION: Partial<Record<NoteStatus, string>> = { review: 'Send for review anyway', cleared: 'Clear anyway' };

/** Send for review or Clear while placeholders or missing fields remain: say so, offer to go to each. */
export function UnfinishedWarning({
  to,
  count,
  onNext,
  onAnyway,
  onCancel,
}: {
  to: NoteStatus;
  count: UnfinishedCount;
  onNext: () => void;
  onAnyway: () => void;
  onCancel: () => void;
}) {
  const done = count.placeholders + count.missingFields === 0;
  // The question takes the focus (its first answer); Escape cancels and gives it back to the button that asked.
  const returnFocus = useReturnFocus();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('button')?.focus();
  }, []);
  const cancel = () => {
    onCancel();
    returnFocus();
  };
  return (
    <div
      ref={box}
      role="alertdialog"
      aria-label="Unfinished note"
      className="warn-banner unfinished-warning"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        cancel();
      }}
    >
      <p>
        <strong>
          {done ? 'Nothing unfinished remains.' : `${remainingSentence(count.placeholders, count.missingFields)}.`}
        </strong>{' '}
        {!done && 'A reader would see gaps where they are.'}
      </p>
      <div className="actions">
        {!done && (
          <button type="button" className="button" onClick={onNext}>
            Go to the next one (F2)
          </button>
        )}
        <button type="button" className="button primary" onClick={onAnyway}>
          {done ? (ACTION[to] ?? 'Continue').replace(' anyway', '') : (ACTION[to] ?? 'Continue')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
