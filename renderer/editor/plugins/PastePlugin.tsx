import { useEffect } from 'react';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, TextNode, mergeRegister } from 'lexical';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertLexicalClipboard, LEXICAL_MIME } from '../lexicalClipboard';
import { sanitizePastedHtml } from '../pasteSanitizer';

/**
 * Paste from Word and web pages: the HTML is cleaned first (pasteSanitizer), then imported by
 * Lexical into the note's own node types. Copies from this editor and plain text go the usual way.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
            const data = event.clipboardData;
            if (data.types.includes(LEXICAL_MIME)) {
              // The editor's own format, through the content allow-list like every other way in.
              const selection = $getSelection();
              if (selection && $insertLexicalClipboard(editor, data, selection)) {
                event.preventDefault();
                return true;
              }
            }
            const html = data.getData('text/html');
            if (!html) return false;
            const selection = $getSelection();
            if (!selection) return false;
            event.preventDefault();
            const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
            $insertGeneratedNodes(editor, nodes, selection);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // Inline styles have no place in a briefing (the Word export uses its own styles).
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('');
        }),
      ),
    [editor],
  );
  return null;
}
