import { useEffect, useRef } from 'react';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Result } from '../../../app/api/result';
import type { NoteContent } from '../../../app/domain/content';
import { Autosaver, type SaveState } from '../autosave';

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
  save(content: NoteContent, baseRevision: number): Promise<Result<{ revision: number }>>;
  saveWithoutWaiting(content: NoteContent, baseRevision: number): void;
  onState(state: SaveState): void;
  handleRef?: { current: AutosaveHandle | null };
}

/**
 * Saves the note as the user types (Autosaver: ≤ 400 ms idle, at least every 2 s), and hands the
 * last change over when the window is hidden, closed or reloaded. Saving never touches the
 * editor, so the undo history is unaffected.
 */
export function AutosavePlugin({ baseRevision, save, saveWithoutWaiting, onState, handleRef }: AutosaveProps) {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ save, saveWithoutWaiting, onState });
  useEffect(() => {
    callbacks.current = { save, saveWithoutWaiting, onState };
  });

  useEffect(() => {
    const saver = new Autosaver<NoteContent>({
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
        saver.changed(() => editor.getEditorState().toJSON() as unknown as NoteContent);
      },
    );
    const leaving = () => saver.flushWithoutWaiting();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
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
