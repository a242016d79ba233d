import { useEffect, useRef } from 'react';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Result } from '../../../app/api/result';
import { Autosaver, type SaveState } from '../autosave';
import { ContentJsonCache } from '../contentJson';

export interface AutosaveHandle {
  /** Saves now; resolves when everything typed so far is saved (or the save failed). */
  flush(): Promise<void>;
  retry(): Promise<void>;
  readonly revision: number;
  /** Changes not saved yet (after a flush: the save failed). */
  readonly hasUnsavedChanges: boolean;
}

export interface AutosaveProps {
  baseRevision: number;
  /** `contentJson`: the note's Lexical JSON as text (the contract's saves take it as it is). */
  save(contentJson: string, baseRevision: number): Promise<Result<{ revision: number }>>;
  saveWithoutWaiting(contentJson: string, baseRevision: number): void;
  onState(state: SaveState): void;
  handleRef?: { current: AutosaveHandle | null };
}

/**
 * Saves the note as the user types (Autosaver: ≤ 400 ms idle, at least every 2 s), and hands the
 * last change over when the window is hidden, closed or reloaded. Saving never touches the
 * editor, so the undo history is unaffected. What is saved is JSON text, written again only for the
 * blocks that changed (ContentJsonCache): a save costs the key press it lands on a few ms, not 10-20.
 */
export function AutosavePlugin({ baseRevision, save, saveWithoutWaiting, onState, handleRef }: AutosaveProps) {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ save, saveWithoutWaiting, onState });
  useEffect(() => {
    callbacks.current = { save, saveWithoutWaiting, onState };
  });

  useEffect(() => {
    const json = new ContentJsonCache();
    const saver = new Autosaver<string>({
      baseRevision,
      save: (c, base) => callbacks.current.save(c, base),
      saveWithoutWaiting: (c, base) => callbacks.current.saveWithoutWaiting(c, base),
      onState: (s) => callbacks.current.onState(s),
    });
    if (handleRef) {
      handleRef.current = {
        flush: () => saver.flush(),
        retry: () => saver.retry(),
        get revision() {
          return saver.revision;
        },
        get hasUnsavedChanges() {
          return saver.hasUnsavedChanges;
        },
      };
    }
    const removeUpdateListener = editor.registerUpdateListener(
      ({ prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        // Selection-only updates change nothing worth saving; nor do the loading of the note and
        // the re-marking Lexical does when a plugin registers a transform (tagged history-merge).
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        // Read when the save starts, so it always carries the latest state.
        saver.changed(() => json.text(editor.getEditorState()));
      },
    );
    // Written whole once while the app is idle, so that the first save while typing writes only what changed.
    const prime = requestIdleCallback(() => void json.text(editor.getEditorState()), { timeout: 2_000 });
    const leaving = () => saver.flushWithoutWaiting();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      cancelIdleCallback(prime);
      removeUpdateListener();
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      document.removeEventListener('visibilitychange', hidden);
      // Leaving the note inside the app: the page stays, so the save can complete.
      void saver.flush().finally(() => saver.dispose());
      if (handleRef) handleRef.current = null;
    };
    // The saver lives as long as the note that is open; a new revision from outside means a new note view.
  }, [editor, baseRevision, handleRef]);

  return null;
}
