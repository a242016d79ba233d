import { useEffect } from 'react';
import {
  $copyNode,
  $createLineBreakNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  TextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  cleanString,
  cleanTextPieces,
  LINE_BREAK,
  needsCleaning,
  PARAGRAPH_BREAK,
} from '../../../app/domain/content/text-cleaning';

/**
 * Text is cleaned where it enters the editor — typing, paste, drop — by the same rule the store
 * applies (app/domain/content/text-cleaning): a vertical tab becomes a line break, a form feed a
 * new paragraph, other control characters and U+FFFE/U+FFFF go, a lone surrogate becomes U+FFFD.
 * So a note never holds text it could not save (issue 14, item 1).
 */
export function TextCleaningPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerNodeTransform(TextNode, $cleanTextNode), [editor]);
  return null;
}

function $copyText(from: TextNode, text: string): TextNode {
  return $createTextNode(text)
    .setFormat(from.getFormat())
    .setDetail(from.getDetail())
    .setMode(from.getMode())
    .setStyle(from.getStyle());
}

export function $cleanTextNode(node: TextNode): void {
  const text = node.getTextContent();
  if (!node.isAttached() || !needsCleaning(text)) return;
  const selection = $getSelection();
  const caret = $isRangeSelection(selection) && selection.anchor.key === node.getKey() ? selection.anchor.offset : null;
  const { pieces } = cleanTextPieces(text);
  const only = pieces[0];
  if (pieces.length === 1 && only !== LINE_BREAK && only !== PARAGRAPH_BREAK) {
    node.setTextContent(only!);
    if (caret !== null) {
      const at = cleanString(text.slice(0, caret), '').text.length;
      node.select(at, at);
    }
    return;
  }
  // A form feed starts a new block of the same kind (paragraph, heading, list item); inside a
  // link or anything inline it can only be a line break.
  const parent = node.getParent();
  const block: ElementNode | null =
    $isElementNode(parent) && !parent.isInline() && !$isRootOrShadowRoot(parent) ? parent : null;
  const segments: LexicalNode[][] = [[]];
  for (const piece of pieces) {
    if (piece === PARAGRAPH_BREAK && block) segments.push([]);
    else if (piece === LINE_BREAK || piece === PARAGRAPH_BREAK) segments.at(-1)!.push($createLineBreakNode());
    else segments.at(-1)!.push($copyText(node, piece));
  }
  const following = segments.length > 1 ? node.getNextSiblings() : [];
  for (const n of segments[0]!) node.insertBefore(n);
  node.remove();
  let current = block;
  for (const segment of segments.slice(1)) {
    const next = $copyNode(block!);
    current!.insertAfter(next);
    next.append(...segment);
    current = next;
  }
  if (current && current !== block) current.append(...following);
  if (caret === null) return;
  // The caret goes after what was cleaned, where typing or a paste left it.
  const last = segments.at(-1)!.at(-1);
  if ($isTextNode(last)) last.select();
  else if (last) last.selectNext(0, 0);
  else current?.selectStart();
}
