import type { NoteContent, SerializedNode } from '../domain/content';
import { findNameIssues, type NameIssue } from './find-issues';
import { fixAll } from './fix';
import { nameIndexFor, NameIndex, type NamedPerson } from './name-index';

/** The issues of one text node, found by its path of child indices from the root. */
export interface TextNodeIssues {
  path: number[];
  issues: NameIssue[];
}

type AnyNode = SerializedNode | NoteContent['root'];

function forEachTextNode(node: AnyNode, path: number[], visit: (text: string, path: number[]) => void): void {
  if (node.type === 'text') visit(node.text, path);
  else if ('children' in node) node.children.forEach((child, i) => forEachTextNode(child, [...path, i], visit));
}

/**
 * The name issues of every text node of a note. Each text node is checked on its own, so a name
 * split between two differently formatted runs is judged word by word, not as one alias.
 */
export function findContentNameIssues(
  content: NoteContent,
  people: readonly NamedPerson[] | NameIndex,
): TextNodeIssues[] {
  const index = people instanceof NameIndex ? people : nameIndexFor(people);
  const out: TextNodeIssues[] = [];
  forEachTextNode(content.root, [], (text, path) => {
    const issues = findNameIssues(text, index);
    if (issues.length) out.push({ path, issues });
  });
  return out;
}

/**
 * New content with the given issues replaced by their canonical spellings; the original is not
 * changed. Only the text of text nodes changes, so bold, italic, links and fields stay as they
 * were. Copy-on-write: nodes off the fixed paths are shared with the original, which keeps a
 * 50-page note fast (treat both as immutable). Issues that no longer match are skipped.
 */
export function applyNameFixes(content: NoteContent, fixes: readonly TextNodeIssues[]): NoteContent {
  let root = content.root;
  for (const { path, issues } of fixes) root = replaceText(root, path, 0, (text) => fixAll(text, issues));
  return { ...content, root };
}

/** A copy of `node` with the text node at `path` rewritten, copying only the nodes on the path. */
function replaceText<T extends AnyNode>(node: T, path: number[], depth: number, rewrite: (text: string) => string): T {
  if (depth === path.length) return node.type === 'text' ? { ...node, text: rewrite(node.text) } : node;
  if (!('children' in node)) return node;
  const i = path[depth]!;
  const child = node.children[i];
  if (!child) return node;
  const updated = replaceText(child, path, depth + 1, rewrite);
  if (updated === child) return node;
  const children = [...node.children];
  children[i] = updated;
  return { ...node, children };
}

/** Every name in the note in its canonical spelling ("Fix all" in the names panel). */
export function fixAllNamesInContent(content: NoteContent, people: readonly NamedPerson[] | NameIndex): NoteContent {
  return applyNameFixes(content, findContentNameIssues(content, people));
}
