import { useEffect } from 'react';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

let requested = false;

/** Asks the next editor that opens to take the caret (a note just created: the user writes next). */
export function requestEditorFocus(): void {
  requested = true;
}

/** Puts the caret at the end of the text when an editor opens after requestEditorFocus(). */
export function FocusOnOpenPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!requested || !editor.isEditable()) return;
    requested = false;
    editor.focus(() => editor.update(() => $getRoot().selectEnd()));
  }, [editor]);
  return null;
}
