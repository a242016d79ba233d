import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  INSERT_TABLE_COMMAND,
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

export function insertTable(editor: LexicalEditor, rows = 3, columns = 3): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, {
    rows: String(rows),
    columns: String(columns),
    includeHeaders: { rows: true, columns: false },
  });
}

export type TableAction = 'row-below' | 'column-right' | 'delete-row' | 'delete-column';

export function changeTable(editor: LexicalEditor, action: TableAction): void {
  editor.update(() => {
    if (action === 'row-below') $insertTableRowAtSelection(true);
    else if (action === 'column-right') $insertTableColumnAtSelection(true);
    else if (action === 'delete-row') $deleteTableRowAtSelection();
    else $deleteTableColumnAtSelection();
  });
}

/** A live field at the caret (replacing any selected text), then the caret after it. */
export function insertField(editor: LexicalEditor, field: FieldKind): void {
  editor.update(() => {
    // Focus is on the toolbar's menu; without a caret in the text the field goes at the end.
    if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
    $insertNodes([$createFieldNode(field)]);
  });
  editor.focus();
}
