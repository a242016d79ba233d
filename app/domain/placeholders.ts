import { TEXT_FORMAT, type NoteContent, type SerializedNode, type SerializedPlaceholder } from './content';

/** A template prompt before placeholders existed: a whole italic text node "[…]". */
const BRACKETED = /^\s*\[([^[\]]+)\]\s*$/;

export function placeholder(text: string): SerializedPlaceholder {
  return { type: 'placeholder', version: 1, text };
}

/**
 * Moves the italic "[…]" prompts of content written before placeholder nodes (store migration 6,
 * interchange version 1 files) to placeholder nodes. Only a text node that is italic and nothing
 * but one bracketed prompt is taken: that is what every template wrote, and a user's own italic
 * brackets in running text stay text. A block that held a prompt loses the italic it passed on to
 * what is typed next (Lexical's textFormat), so typing after it is in the normal format.
 * Returns the content unchanged (same object) when there was nothing to convert.
 */
export function convertItalicPrompts(content: NoteContent): { content: NoteContent; converted: number } {
  let converted = 0;
  const walk = (node: SerializedNode): SerializedNode => {
    if (node.type === 'text') {
      const match = (node.format & TEXT_FORMAT.italic) !== 0 ? BRACKETED.exec(node.text) : null;
      if (!match) return node;
      converted++;
      return placeholder(match[1]!.trim());
    }
    if (!('children' in node)) return node;
    const before = converted;
    const children = node.children.map(walk);
    if (converted === before) return node;
    const element: Record<string, unknown> = { ...node, children };
    if (typeof element.textFormat === 'number') element.textFormat &= ~TEXT_FORMAT.italic;
    return element as unknown as SerializedNode;
  };
  const children = content.root.children.map(walk);
  return converted
    ? { content: { ...content, root: { ...content.root, children } }, converted }
    : { content, converted };
}

/** How many placeholders are still in the content. */
export function countPlaceholders(content: NoteContent): number {
  let n = 0;
  const walk = (node: SerializedNode) => {
    if (node.type === 'placeholder') n++;
    else if ('children' in node) node.children.forEach(walk);
  };
  content.root.children.forEach(walk);
  return n;
}
