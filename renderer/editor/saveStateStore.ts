import { useSyncExternalStore } from 'react';
import type { SaveState } from './autosave';

/**
 * A note's save state held outside React state. While the user types it changes three times per
 * save (pending, saving, saved); held in the note view, each change re-rendered the whole view
 * around a 50-page editor, a few ms on the key press it landed on. Only what reads it (the save
 * indicator, the conflict banner) re-renders now, and only when what it reads changes.
 */
export class SaveStateStore {
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();

  readonly get = (): SaveState => this.state;

  readonly set = (next: SaveState): void => {
    if (next.kind === this.state.kind && messageOf(next) === messageOf(this.state)) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const messageOf = (s: SaveState) => ('message' in s ? s.message : undefined);

/** What `select` reads of the store's state (a primitive, or the state itself): re-renders when it changes. */
export function useSaveState<T>(store: SaveStateStore, select: (s: SaveState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
