import type { NoteContent, SerializedNode } from '../content';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell']);

/** The words of a note, one block a line: what search indexes and what a length check counts. */
export function plainText(content: NoteContent): string {
  const out: string[] = [];
  const walk = (node: SerializedNode) => {
    switch (node.type) {
      case 'text':
        out.push(node.text);
        return;
      case 'linebreak':
        out.push('\n');
        return;
      case 'tab':
        out.push('\t');
        return;
      case 'field':
        return; // a live value, resolved from the visit: searched there, not in the note
      case 'placeholder':
        return; // a template's prompt, not the note's words
      default:
        if ('children' in node) {
          for (const child of node.children) walk(child);
          if (BLOCK_TYPES.has(node.type)) out.push('\n');
        }
    }
  };
  for (const child of content.root.children) walk(child);
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
