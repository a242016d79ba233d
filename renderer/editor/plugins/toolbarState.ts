import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode, ListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $findTableNode, $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $isHeaderRowOn } from '../actions';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'bullet' | 'number' | 'check';

/** What the toolbar shows as pressed or selected for the current selection. */
export interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
  link: boolean;
  inTable: boolean;
  /** Several cells are selected: they can be merged. */
  canMerge: boolean;
  /** The caret is in a merged cell: it can be split. */
  canSplit: boolean;
  /** The caret's table has a header row. */
  headerRow: boolean;
}

export const INITIAL_TOOLBAR_STATE: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  link: false,
  inTable: false,
  canMerge: false,
  canSplit: false,
  headerRow: false,
};

/** Reads the toolbar state from the current selection (inside an editor read or update). */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if ($isTableSelection(selection)) {
    const table = $findTableNode(selection.anchor.getNode());
    const cells = selection.getNodes().filter($isTableCellNode);
    return {
      ...INITIAL_TOOLBAR_STATE,
      inTable: true,
      canMerge: cells.length > 1,
      headerRow: table !== null && $isHeaderRowOn(table),
    };
  }
  if (!$isRangeSelection(selection)) return INITIAL_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const cell = $findMatchingParent(anchor, $isTableCellNode);
  const table = cell && $findTableNode(cell);
  return {
    block: $blockTypeOf(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    code: selection.hasFormat('code'),
    link: $isLinkNode(anchor) || $isLinkNode(anchor.getParent()),
    inTable: cell !== null,
    canMerge: false,
    canSplit: $isTableCellNode(cell) && (cell.getColSpan() > 1 || cell.getRowSpan() > 1),
    headerRow: table !== null && table !== undefined && $isHeaderRowOn(table),
  };
}

function $blockTypeOf(anchor: LexicalNode): BlockType {
  const block =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (n) => {
          const parent = n.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) ?? anchor.getTopLevelElementOrThrow());
  if ($isListNode(block)) {
    const nearest = $getNearestNodeOfType(anchor, ListNode);
    return (nearest ?? block).getListType();
  }
  if ($isHeadingNode(block)) return block.getTag();
  return block.getType() === 'quote' ? 'quote' : 'paragraph';
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((k) => a[k] === b[k]);
}
