import { useEffect } from 'react';
import { COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { setBlockType } from '../actions';
import { $readToolbarState, type BlockType } from './toolbarState';

const BLOCK_KEYS: Record<string, BlockType> = { Digit0: 'paragraph', Digit1: 'h1', Digit2: 'h2', Digit3: 'h3' };
const LIST_KEYS: Record<string, BlockType> = { Digit7: 'number', Digit8: 'bullet', Digit9: 'check' };

/**
 * Word's and Google Docs' shortcuts beyond those Lexical handles itself (bold, italic, underline,
 * undo, redo): Ctrl+K link, Ctrl+Alt+0..3 paragraph and headings, Ctrl+Shift+7/8/9 lists,
 * Ctrl+Shift+X strikethrough, Ctrl+E inline code.
 */
export function ShortcutsPlugin({ onLink }: { onLink: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const ctrl = event.ctrlKey || event.metaKey;
          if (!ctrl) return false;
          const current = () => editor.getEditorState().read(() => $readToolbarState().block);
          let handled = true;
          if (!event.shiftKey && !event.altKey && event.code === 'KeyK') onLink();
          else if (event.altKey && !event.shiftKey && BLOCK_KEYS[event.code])
            setBlockType(editor, current(), BLOCK_KEYS[event.code]!);
          else if (event.shiftKey && !event.altKey && LIST_KEYS[event.code])
            setBlockType(editor, current(), LIST_KEYS[event.code]!);
          else if (event.shiftKey && !event.altKey && event.code === 'KeyX')
            editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
          else if (!event.shiftKey && !event.altKey && event.code === 'KeyE')
            editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'code');
          else handled = false;
          if (handled) event.preventDefault();
          return handled;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, onLink],
  );
  return null;
}
