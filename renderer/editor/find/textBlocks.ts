import { $getRoot, $isDecoratorNode, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import type { TextMatch } from './findMatches';

/** A run of a block's text: a text node's characters, or a stand-in for a break or a field (key null). */
interface Piece {
  key: string | null;
  start: number;
  length: number;
}

/** The text of one block (paragraph, heading, list item, cell paragraph) and where each run came from. */
export interface TextBlock {
  text: string;
  pieces: Piece[];
}

/** A match located in the editor: text node keys and offsets, ready for a DOM range or a selection. */
export interface FindMatch {
  startKey: string;
  startOffset: number;
  endKey: string;
  endOffset: number;
  text: string;
}

/** Every block's text, in document order (inside an editor read). Fields and breaks end a match. */
export function $textBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const add = (key: string | null, text: string) => {
    if (!current) return;
    current.pieces.push({ key, start: current.text.length, length: text.length });
    current.text += text;
  };
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) add(node.getKey(), node.getTextContent());
    else if ($isLineBreakNode(node)) add(null, '\n');
    else if ($isDecoratorNode(node)) add(null, '\uFFFC');
    else if ($isElementNode(node)) {
      const children = node.getChildren();
      if (node.isInline()) {
        for (const child of children) walk(child);
        return;
      }
      // A block holding blocks (list, table, row, cell) is only a container.
      const leafBlock = children.length === 0 || children.some((c) => !$isElementNode(c) || c.isInline());
      if (!leafBlock) {
        for (const child of children) walk(child);
        return;
      }
      const outer = current;
      current = { text: '', pieces: [] };
      blocks.push(current);
      for (const child of children) walk(child);
      current = outer;
    }
  };
  for (const child of $getRoot().getChildren()) walk(child);
  return blocks;
}

function pieceAt(block: TextBlock, offset: number, isEnd: boolean): Piece | undefined {
  // An end offset belongs to the run it closes; a start offset to the run it opens.
  return block.pieces.find((p) =>
    isEnd ? offset > p.start && offset <= p.start + p.length : offset >= p.start && offset < p.start + p.length,
  );
}

/** Every match in the note, in document order; `find` gives the matches in one block's text. */
export function matchesInBlocks(blocks: readonly TextBlock[], find: (text: string) => TextMatch[]): FindMatch[] {
  const out: FindMatch[] = [];
  for (const block of blocks) {
    for (const m of find(block.text)) {
      const first = pieceAt(block, m.start, false);
      const last = pieceAt(block, m.end, true);
      if (!first?.key || !last?.key) continue;
      out.push({
        startKey: first.key,
        startOffset: m.start - first.start,
        endKey: last.key,
        endOffset: m.end - last.start,
        text: block.text.slice(m.start, m.end),
      });
    }
  }
  return out;
}
