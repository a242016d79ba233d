import type { SaveState } from '../../editor/autosave';
import { useSaveState, type SaveStateStore } from '../../editor/saveStateStore';

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

const whole = (s: SaveState) => s;

/** The indicator for a note's autosave: it alone re-renders as the state changes while typing. */
export function StoredSaveIndicator({ store, onRetry }: { store: SaveStateStore; onRetry: () => void }) {
  return <SaveIndicator state={useSaveState(store, whole)} onRetry={onRetry} />;
}
