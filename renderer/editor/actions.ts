import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $isListItemNode,
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $createTableNodeWithDimensions,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  $isTableSelection,
  $mergeCells,
  $unmergeCell,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import type { FieldKind } from '../../app/domain/content';
import { $createFieldNode } from './nodes/FieldNode';
import type { BlockType } from './plugins/toolbarState';

/** The editing actions shared by the toolbar and the keyboard shortcuts. */
export function setBlockType(editor: LexicalEditor, current: BlockType, wanted: BlockType): void {
  if (wanted === 'bullet' || wanted === 'number' || wanted === 'check') {
    if (current === wanted) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (wanted === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (wanted === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (wanted === 'paragraph' || wanted === current) $setBlocksType(selection, () => $createParagraphNode());
    else if (wanted === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(wanted));
  });
}

/**
 * A table with a header row at the caret. In an empty paragraph the table takes its place (Word
 * does not leave a blank line above a table inserted on an empty line); elsewhere it goes after
 * the caret's block. Never inside another table.
 */
export function insertTable(editor: LexicalEditor, rows = 3, columns = 3): void {
  editor.update(() => {
    if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
    const caret = $getSelection();
    if (!$isRangeSelection(caret) || $findTableNode(caret.anchor.getNode())) return;
    const table = $createTableNodeWithDimensions(rows, columns, { rows: true, columns: false });
    const block = caret.anchor.getNode().getTopLevelElement();
    if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
      block.replace(table);
      // The caret needs somewhere to go after the table, as after any block.
      if (table.getNextSibling() === null) table.insertAfter($createParagraphNode());
    } else $insertNodeToNearestRoot(table);
    $firstRowCells(table)[0]?.selectStart();
    $dropEmptyItemsAround(table);
  });
  editor.focus();
}

/**
 * Inserted from an empty list item, the table splits the list and leaves an empty item on either
 * side of it; they go (an empty list after the table becomes the paragraph the caret can go to).
 */
function $dropEmptyItemsAround(table: TableNode): void {
  const isEmptyItem = (n: LexicalNode | null) =>
    $isListItemNode(n) && n.getTextContentSize() === 0 && n.getChildrenSize() === 0;
  const before = table.getPreviousSibling();
  // Removing a list's last item removes the list too (Lexical's rule for empty parents).
  if ($isListNode(before) && isEmptyItem(before.getLastChild())) before.getLastChild()?.remove();
  const after = table.getNextSibling();
  if ($isListNode(after) && isEmptyItem(after.getFirstChild())) {
    if (after.getChildrenSize() === 1) after.replace($createParagraphNode());
    else after.getFirstChild()?.remove();
  }
  if (table.getNextSibling() === null) table.insertAfter($createParagraphNode());
}

export type TableAction =
  | 'row-above'
  | 'row-below'
  | 'column-left'
  | 'column-right'
  | 'delete-row'
  | 'delete-column'
  | 'header-row'
  | 'merge'
  | 'split';

/** The cells a table selection covers, in document order (for merging). */
function $selectedCells(): TableCellNode[] {
  const selection = $getSelection();
  if (!$isTableSelection(selection)) return [];
  return selection.getNodes().filter($isTableCellNode);
}

function $firstRowCells(table: TableNode): TableCellNode[] {
  const row = table.getFirstChild();
  return $isTableRowNode(row) ? row.getChildren().filter($isTableCellNode) : [];
}

/** Whether the first row of a table is a header row (repeated on every page in Word). */
export function $isHeaderRowOn(table: TableNode): boolean {
  const first = $firstRowCells(table)[0];
  return first !== undefined && (first.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0;
}

export function changeTable(editor: LexicalEditor, action: TableAction): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return;
    if (action === 'row-above' || action === 'row-below') $insertTableRowAtSelection(action === 'row-below');
    else if (action === 'column-left' || action === 'column-right')
      $insertTableColumnAtSelection(action === 'column-right');
    else if (action === 'delete-row') $deleteTableRowAtSelection();
    else if (action === 'delete-column') $deleteTableColumnAtSelection();
    else if (action === 'merge') {
      const cells = $selectedCells();
      if (cells.length > 1) $mergeCells(cells)?.selectEnd();
    } else if (action === 'split') $unmergeCell();
    else {
      const table = $findTableNode(selection.anchor.getNode());
      if (!table) return;
      const on = !$isHeaderRowOn(table);
      for (const cell of $firstRowCells(table))
        cell.setHeaderStyles(
          on ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS,
          TableCellHeaderStates.ROW,
        );
    }
  });
}

/** A live field at the caret (replacing any selected text), then the caret after it. */
export function insertField(editor: LexicalEditor, field: FieldKind, personId?: string): void {
  editor.update(() => {
    // Focus is on the toolbar's menu; without a caret in the text the field goes at the end.
    if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
    $insertNodes([$createFieldNode(field, personId)]);
  });
  editor.focus();
}
