import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $isElementNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $createListItemNode, $isListItemNode, $isListNode } from '@lexical/list';
import { $isTableCellNode, $isTableNode, type TableNode } from '@lexical/table';

/** What had to change so pasted or imported content fits a briefing's shape. */
export interface ShapeChanges {
  /** Paragraphs, headings or quotes inside list items, made lines of the item or items of their own. */
  blocksInListItems: number;
  /** Tables inside a table cell or a list item, made rows of text. */
  nestedTables: number;
}

export const NO_SHAPE_CHANGES: ShapeChanges = { blocksInListItems: 0, nestedTables: 0 };

/**
 * A list item holds text and nested lists only, and a table cell holds no table: the Word export
 * and the store's shape rule need both. Pasting into a list item or a table cell can produce
 * either, so after every paste (and a .docx import) this lifts block content into lines of the
 * item and turns a nested table into rows of text ("cell | cell"), keeping every word.
 */
export function $normaliseShape(root: ElementNode): ShapeChanges {
  const changes: ShapeChanges = { blocksInListItems: 0, nestedTables: 0 };
  const visit = (node: LexicalNode) => {
    if (!$isElementNode(node)) return;
    for (const child of node.getChildren()) visit(child);
    if ($isListItemNode(node)) fixListItem(node, changes);
    else if ($isTableCellNode(node))
      for (const child of node.getChildren())
        if ($isTableNode(child)) {
          for (const row of $tableAsParagraphs(child).reverse()) child.insertAfter(row);
          child.remove();
          changes.nestedTables++;
        }
  };
  visit(root);
  return changes;
}

/** A table as one paragraph per row, "cell | cell": what a table becomes where no table may be. */
export function $tableAsParagraphs(table: TableNode): ElementNode[] {
  return tableRows(table).map((row) => $createParagraphNode().append($createTextNode(row)));
}

/**
 * Nodes about to be pasted into a table cell: tables among them become rows of text first (the
 * table plugin would otherwise refuse the paste and drop every word of it without a message).
 */
export function $tablesToRows(nodes: LexicalNode[], changes: ShapeChanges): LexicalNode[] {
  return nodes.flatMap((node) => {
    if (!$isTableNode(node)) return [node];
    changes.nestedTables++;
    return $tableAsParagraphs(node);
  });
}

function fixListItem(item: ElementNode, changes: ShapeChanges): void {
  const kids = item.getChildren();
  if (!kids.some((c) => isBlock(c))) return;
  if (kids.some($isListNode)) return splitAfterNestedList(item, kids, changes);
  let previousWasText = false;
  for (const child of kids) {
    if ($isListNode(child)) {
      previousWasText = false;
      continue;
    }
    if (isBlock(child)) {
      const lines: LexicalNode[][] = $isTableNode(child)
        ? tableRows(child).map((row) => [$createTextNode(row)])
        : [(child as ElementNode).getChildren()];
      if ($isTableNode(child)) changes.nestedTables++;
      else changes.blocksInListItems++;
      let anchor: LexicalNode = child;
      lines.forEach((line) => {
        if (previousWasText) anchor = insertAfter(anchor, $createLineBreakNode());
        for (const n of line) anchor = insertAfter(anchor, n);
        previousWasText = true;
      });
      child.remove();
    } else previousWasText = true;
  }
}

/**
 * An item that holds a nested list is where the editor keeps that list; text in it would show
 * without a bullet and go to Word before the nested list. Its blocks become items of their own
 * after it, in order, at the same level.
 */
function splitAfterNestedList(item: ElementNode, kids: LexicalNode[], changes: ShapeChanges): void {
  let anchor: LexicalNode = item;
  for (const child of kids) {
    if (!isBlock(child)) continue;
    const lines: LexicalNode[][] = $isTableNode(child)
      ? tableRows(child).map((row) => [$createTextNode(row)])
      : [(child as ElementNode).getChildren()];
    if ($isTableNode(child)) changes.nestedTables++;
    else changes.blocksInListItems++;
    for (const line of lines) anchor = insertAfter(anchor, $createListItemNode().append(...line));
    child.remove();
  }
}

function insertAfter(anchor: LexicalNode, node: LexicalNode): LexicalNode {
  anchor.insertAfter(node);
  return node;
}

function isBlock(node: LexicalNode): boolean {
  return $isElementNode(node) && !node.isInline() && !$isListNode(node);
}

/** A table's rows as lines of text, its cells separated by " | ". */
function tableRows(table: TableNode): string[] {
  return table
    .getChildren()
    .filter($isElementNode)
    .map((row) =>
      row
        .getChildren()
        .map((cell) => cell.getTextContent().replace(/\s+/g, ' ').trim())
        .join(' | '),
    )
    .filter((row) => row.replace(/[|\s]/g, '') !== '');
}

/** One sentence for the user, or null when nothing changed. */
export function describeShapeChanges(changes: ShapeChanges): string | null {
  const parts: string[] = [];
  if (changes.nestedTables)
    parts.push(
      changes.nestedTables === 1
        ? 'a table inside a table or a list became rows of text'
        : `${changes.nestedTables} tables inside tables or lists became rows of text`,
    );
  if (changes.blocksInListItems)
    parts.push(
      changes.blocksInListItems === 1
        ? 'a paragraph inside a list became a list item'
        : `${changes.blocksInListItems} paragraphs inside a list became list items`,
    );
  if (!parts.length) return null;
  const text = parts.join(', and ');
  return `${text[0]!.toUpperCase()}${text.slice(1)} (a note cannot hold them there); no text was lost.`;
}
