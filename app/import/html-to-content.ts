import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { Window } from 'happy-dom';
import { $createParagraphNode, $getRoot, $isBlockElementNode, $isDecoratorNode, type LexicalNode } from 'lexical';
import type { NoteContent } from '../domain/content';
import type { DomDocument } from './dom';
import { LIST_STYLE_IMPORT } from './lexical-list-style';
import { sanitiseHtml, type SanitiseReport } from './sanitise-html';
import { $normaliseShape, type ShapeChanges } from './shape';

/** The node types a note may hold, less the field (which no imported document contains). */
const NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];

export interface HtmlImport {
  content: NoteContent;
  report: SanitiseReport & ShapeChanges;
}

/**
 * HTML (from mammoth, or clipboard HTML in tests) to a note's content, in Node: happy-dom parses
 * it, the same sanitiser as the editor's paste cleans it, and Lexical (headless) imports it with
 * the editor's node types, so a .docx import and a paste give the same result.
 */
export function htmlToContent(html: string, prepare?: (doc: DomDocument) => void): HtmlImport {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    prepare?.(doc as never);
    const sanitised = sanitiseHtml(doc as never);
    const editor = createHeadlessEditor({
      namespace: 'briefing-import',
      nodes: NODES,
      html: { import: LIST_STYLE_IMPORT },
      onError: (error) => {
        throw error;
      },
    });
    let shape: ShapeChanges | undefined;
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        appendBlocks(root, $generateNodesFromDOM(editor, doc as never));
        shape = $normaliseShape(root);
      },
      { discrete: true },
    );
    const content = editor.getEditorState().toJSON() as unknown as NoteContent;
    return { content, report: { ...sanitised, ...shape! } };
  } finally {
    void window.happyDOM.close();
  }
}

/** Top-level text, breaks and links go into paragraphs: the root holds blocks only. */
export function appendBlocks(root: ReturnType<typeof $getRoot>, nodes: LexicalNode[]): void {
  let paragraph: ReturnType<typeof $createParagraphNode> | null = null;
  for (const node of nodes) {
    if ($isBlockElementNode(node) || $isDecoratorNode(node)) {
      paragraph = null;
      root.append(node);
    } else {
      if (!paragraph) root.append((paragraph = $createParagraphNode()));
      paragraph.append(node);
    }
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}
