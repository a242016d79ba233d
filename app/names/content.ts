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
 * A copy of the content with the given issues replaced by their canonical spellings. Only the
 * text of the text nodes changes, so bold, italic, links and fields stay as they were; issues
 * that no longer match their node's text are skipped.
 */
export function applyNameFixes(content: NoteContent, fixes: readonly TextNodeIssues[]): NoteContent {
  const copy = structuredClone(content);
  for (const { path, issues } of fixes) {
    let node: AnyNode | undefined = copy.root;
    for (const i of path) node = node && 'children' in node ? node.children[i] : undefined;
    if (node?.type === 'text') node.text = fixAll(node.text, issues);
  }
  return copy;
}

/** Every name in the note in its canonical spelling ("Fix all" in the names panel). */
export function fixAllNamesInContent(content: NoteContent, people: readonly NamedPerson[] | NameIndex): NoteContent {
  return applyNameFixes(content, findContentNameIssues(content, people));
}
