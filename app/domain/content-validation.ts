import { FIELD_KINDS, KNOWN_NODE_TYPES, type NoteContent, type SerializedNode } from './content';
import { XML_UNSAFE } from './text';

/** A note's serialized content may not exceed this (JSON characters): ~200 pages of dense text. */
export const MAX_CONTENT_CHARS = 5_000_000;
const MAX_DEPTH = 64;
const KNOWN = new Set<string>(KNOWN_NODE_TYPES);
const FIELDS = new Set<string>(FIELD_KINDS);
const ELEMENT_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
]);

export class ContentError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ContentError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkNode(node: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) throw new ContentError(path, `the document is nested more than ${MAX_DEPTH} levels deep`);
  if (!isObject(node)) throw new ContentError(path, 'must be a node object');
  const type = node.type;
  if (typeof type !== 'string') throw new ContentError(`${path}.type`, 'is missing');
  if (!KNOWN.has(type)) throw new ContentError(`${path}.type`, `unknown node type "${type.slice(0, 60)}"`);
  if (type === 'root' && depth > 0) throw new ContentError(`${path}.type`, 'a root node may only be at the top');
  if (type === 'text') {
    if (typeof node.text !== 'string') throw new ContentError(`${path}.text`, 'must be a string');
    if (XML_UNSAFE.test(node.text)) throw new ContentError(`${path}.text`, 'contains characters that cannot be stored');
    if (node.format !== undefined && !Number.isInteger(node.format))
      throw new ContentError(`${path}.format`, 'must be a whole number');
  }
  if (type === 'heading' && !/^h[1-6]$/.test(String(node.tag)))
    throw new ContentError(`${path}.tag`, 'must be h1 to h6');
  if (type === 'list' && !['bullet', 'number', 'check'].includes(String(node.listType))) {
    throw new ContentError(`${path}.listType`, 'must be bullet, number or check');
  }
  if ((type === 'link' || type === 'autolink') && typeof node.url !== 'string') {
    throw new ContentError(`${path}.url`, 'must be a string');
  }
  if (type === 'field' && !FIELDS.has(String(node.field))) {
    throw new ContentError(`${path}.field`, `unknown field "${String(node.field).slice(0, 60)}"`);
  }
  if (type === 'placeholder') {
    if (typeof node.text !== 'string' || node.text.length > 1000 || XML_UNSAFE.test(node.text))
      throw new ContentError(`${path}.text`, 'must be the prompt text (at most 1000 characters)');
  }
  if (ELEMENT_TYPES.has(type)) {
    if (!Array.isArray(node.children)) throw new ContentError(`${path}.children`, 'must be a list of nodes');
    node.children.forEach((child, i) => checkNode(child, `${path}.children.${i}`, depth + 1));
  }
}

/**
 * Checks a Lexical SerializedEditorState against the node types Briefing knows, naming the JSON
 * path of the first problem. Unknown types are refused, never dropped: dropping would lose text.
 */
export function validateContent(content: unknown, path = 'content'): NoteContent {
  if (!isObject(content) || !isObject(content.root))
    throw new ContentError(path, 'must be an editor state with a root');
  if (content.root.type !== 'root') throw new ContentError(`${path}.root.type`, 'must be "root"');
  checkNode(content.root, `${path}.root`, 0);
  return content as unknown as NoteContent;
}

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
