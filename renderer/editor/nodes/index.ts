import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { FieldNode } from './FieldNode';
import { PlaceholderNode } from './PlaceholderNode';

/**
 * Every node the editor may create: exactly the types app/domain/content.ts accepts (plus the
 * built-in root, paragraph, text, linebreak and tab). Pasted content can only become these.
 */
export const BRIEFING_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  FieldNode,
  PlaceholderNode,
];
