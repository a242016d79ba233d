import { useEffect } from 'react';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { smartCharacter } from '../typography';

/** Typographic quotes and dashes as the user types (the smartQuotes setting turns it off). */
export function SmartQuotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
          if (event.key !== "'" && event.key !== '"' && event.key !== '-') return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const node = selection.anchor.getNode();
          // Inline code keeps what is typed.
          if ($isTextNode(node) && node.hasFormat('code')) return false;
          const before = $isTextNode(node) ? node.getTextContent().slice(0, selection.anchor.offset) : '';
          const smart = smartCharacter(event.key, before);
          if (!smart) return false;
          event.preventDefault();
          editor.update(() => {
            const s = $getSelection();
            if (!$isRangeSelection(s)) return;
            for (let i = 0; i < smart.replaceBefore; i++) s.deleteCharacter(true);
            s.insertText(smart.text);
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
