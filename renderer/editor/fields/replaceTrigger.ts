import { $insertNodes, $isTextNode, type TextNode } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { $createFieldNode } from '../nodes/FieldNode';
import { fieldsMatching, matchFieldTrigger } from './fieldMenu';

/**
 * Replaces the "/" or "{" trigger and its query, as typed now, with a field. Lexical's typeahead
 * menu updates its match in a React transition, so a fast typist's Enter can act on a query a few
 * keys old ("/h" of "/host"): `splitPart` (the text the menu split off, ending at the caret) is
 * then the wrong length. It is joined back to the text before it and the trigger matched afresh;
 * the chosen field is kept if it still matches the query, else the first field that does.
 * Returns the field inserted, or null (nothing changed) when no trigger is left before the caret.
 */
export function $replaceTriggerWithField(splitPart: TextNode | null, chosen: FieldKind): FieldKind | null {
  if (!splitPart) return null;
  let node = splitPart;
  const before = node.getPreviousSibling();
  if ($isTextNode(before) && before.isSimpleText() && node.isSimpleText() && sameLook(before, node)) {
    node = before.mergeWithSibling(node);
  }
  const match = matchFieldTrigger(node.getTextContent());
  if (!match) return null;
  const candidates = fieldsMatching(match.matchingString);
  const field = candidates.includes(chosen) ? chosen : candidates[0];
  if (!field) return null;
  const start = node.getTextContentSize() - match.replaceableString.length;
  const trigger = start === 0 ? node : node.splitText(start)[1]!;
  trigger.remove();
  $insertNodes([$createFieldNode(field)]);
  return field;
}

function sameLook(a: TextNode, b: TextNode): boolean {
  return a.getFormat() === b.getFormat() && a.getStyle() === b.getStyle();
}
