import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  type EditorState,
  type LexicalNode,
} from 'lexical';

interface CachedBlock {
  /** The block's nodes, depth first, as they were when `json` was written. */
  nodes: LexicalNode[];
  json: string;
}

/** Stands for the blocks in the root's JSON until they are put in (no root property can hold it). */
const BLOCKS = '\u0000blocks\u0000';

/**
 * The note's Lexical JSON as text (what `JSON.stringify(state.toJSON())` gives), written again
 * only for the top-level blocks that changed. A save while typing in a 50-page note used to
 * serialise all 1,500 blocks on the key press it landed on; now it writes one or two.
 *
 * A block is unchanged when every node in it is the same object as last time: Lexical never
 * mutates a node of a committed state, it writes a copy (`getWritable`), so any change in a block
 * — text, format, a child added or removed — leaves a new object somewhere in it. This holds for
 * undo, redo and a whole new state alike, without relying on the update's dirty-node sets.
 */
export class ContentJsonCache {
  private blocks = new Map<string, CachedBlock>();

  text(state: EditorState): string {
    return state.read(() => {
      const root = $getRoot();
      const next = new Map<string, CachedBlock>();
      const parts: string[] = [];
      for (const block of root.getChildren()) {
        const key = block.getKey();
        const cached = this.blocks.get(key);
        const entry = cached && $unchanged(cached.nodes) ? cached : $write(block);
        next.set(key, entry);
        parts.push(entry.json);
      }
      this.blocks = next;
      const rootJson = $exportNodeJSON(root) as unknown as Record<string, unknown>;
      rootJson.children = BLOCKS;
      const [head, tail] = JSON.stringify({ root: rootJson }).split(JSON.stringify(BLOCKS));
      return `${head}[${parts.join(',')}]${tail}`;
    });
  }
}

function $write(block: LexicalNode): CachedBlock {
  const nodes: LexicalNode[] = [];
  return { json: JSON.stringify($exportNode(block, nodes)), nodes };
}

/** Lexical's own export of a node and its subtree (as `EditorState.toJSON`), noting each node met. */
function $exportNode(node: LexicalNode, met: LexicalNode[]): unknown {
  met.push(node);
  const json = $exportNodeJSON(node) as unknown as Record<string, unknown>;
  if ($isElementNode(node)) {
    const children = json.children as unknown[];
    for (const child of node.getChildren()) children.push($exportNode(child, met));
  }
  const slotNames = $getSlotNames(node);
  if (slotNames.length > 0) {
    const slots: Record<string, unknown> = {};
    for (const name of slotNames) {
      const slot = $getSlot(node, name);
      if (slot) slots[name] = $exportNode(slot, met);
    }
    json.$slots = slots;
  }
  return json;
}

/**
 * Whether every node `nodes` was taken from is still, as the same object, in the state being read.
 * That covers a node added, removed or moved too: its parent or siblings change with it, and so
 * become new objects. Key lookups only: no walk through the block.
 */
function $unchanged(nodes: readonly LexicalNode[]): boolean {
  for (const node of nodes) if ($getNodeByKey(node.getKey()) !== node) return false;
  return true;
}
