import { useEffect } from 'react';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND } from 'lexical';
import {
  $findCellNode,
  $findTableNode,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
} from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

/**
 * Tab in a table's last cell adds a row and moves into it, as in Word. Every other Tab and
 * Shift+Tab in a table is the table plugin's (next / previous cell).
 */
export function TableTabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const cell = $findCellNode(selection.anchor.getNode());
          const table = cell && $findTableNode(cell);
          if (!cell || !table) return false;
          const lastRow = table.getLastChild();
          if (!$isTableRowNode(lastRow) || !cell.is(lastRow.getLastChild())) return false;
          event.preventDefault();
          const row = $insertTableRowAtSelection(true);
          const first = row?.getFirstChild();
          if ($isTableCellNode(first)) first.selectStart();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
