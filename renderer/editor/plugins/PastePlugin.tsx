import { useEffect, useState } from 'react';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  TextNode,
  mergeRegister,
} from 'lexical';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { DomDocument } from '../../../app/import/dom';
import { sanitiseHtml } from '../../../app/import/sanitise-html';
import { $normaliseShape, $tablesToRows, type ShapeChanges } from '../../../app/import/shape';
import { $insertLexicalClipboard, LEXICAL_MIME } from '../lexicalClipboard';
import { describePaste } from '../pasteNotice';

/**
 * Paste from Word, Google Docs and web pages: the HTML is cleaned first (app/import, the same code
 * as a .docx import), then imported by Lexical into the note's own node types, and the note is put
 * back into a shape a briefing can hold (no table in a cell, no paragraph in a list item). When
 * something had to change, a message says what. Copies from this editor and plain text go the
 * usual way.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const [notice, setNotice] = useState<string | null>(null);
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
            const doc = new DOMParser().parseFromString(html, 'text/html');
            // The browser's Document is the DOM app/import expects; TypeScript cannot see it through
            // the DOM's generic methods.
            const { pictures, comments, trackedChanges } = sanitiseHtml(doc as unknown as DomDocument);
            const changes: ShapeChanges = { blocksInListItems: 0, nestedTables: 0 };
            let nodes = $generateNodesFromDOM(editor, doc);
            const inCell =
              $isRangeSelection(selection) && $findMatchingParent(selection.anchor.getNode(), $isTableCellNode);
            if (inCell) nodes = $tablesToRows(nodes, changes);
            $insertGeneratedNodes(editor, nodes, selection);
            const after = $normaliseShape($getRoot());
            changes.blocksInListItems += after.blocksInListItems;
            changes.nestedTables += after.nestedTables;
            setNotice(describePaste(pictures, changes, comments, trackedChanges));
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
  if (!notice) return null;
  return (
    <div className="paste-notice" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        OK
      </button>
    </div>
  );
}
