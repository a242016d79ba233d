import type { SaveState } from '../../editor/autosave';

const TEXT: Record<SaveState['kind'], string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Could not save',
  conflict: 'Not saved: changed elsewhere',
};

/** The calm, always-visible save state; failures carry the reason and a retry. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className={`save-state save-${state.kind}`} role="status" aria-live="polite" aria-label="Save state">
      <span className="save-dot" aria-hidden="true" />
      <span>
        {TEXT[state.kind]}
        {state.kind === 'error' && `: ${state.message}`}
      </span>
      {state.kind === 'error' && (
        <button type="button" className="button small" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
