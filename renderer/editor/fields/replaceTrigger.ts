import { $insertNodes, $isTextNode, type TextNode } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { $createFieldNode } from '../nodes/FieldNode';
import { fieldChoices, matchFieldTrigger, type FieldChoice } from './fieldMenu';

/**
 * Replaces the "/" or "{" trigger and its query, as typed now, with a field. Lexical's typeahead
 * menu updates its match in a React transition, so a fast typist's Enter can act on a query a few
 * keys old ("/h" of "/host"): `splitPart` (the text the menu split off, ending at the caret) is
 * then the wrong length. It is joined back to the text before it and the trigger matched afresh;
 * the chosen field is kept if it still matches the query, else the first field that does.
 * Returns the field inserted, or null (nothing changed) when no trigger is left before the caret.
 */
export function $replaceTriggerWithField(
  splitPart: TextNode | null,
  chosen: FieldKind | Pick<FieldChoice, 'field' | 'personId'>,
  people: readonly { id: string; name: string }[] = [],
): FieldKind | null {
  const wanted = typeof chosen === 'string' ? { field: chosen } : chosen;
  if (!splitPart) return null;
  let node = splitPart;
  const before = node.getPreviousSibling();
  if ($isTextNode(before) && before.isSimpleText() && node.isSimpleText() && sameLook(before, node)) {
    node = before.mergeWithSibling(node);
  }
  const match = matchFieldTrigger(node.getTextContent());
  if (!match) return null;
  const candidates = fieldChoices(match.matchingString, people);
  const field = candidates.find((c) => c.field === wanted.field && c.personId === wanted.personId) ?? candidates[0];
  if (!field) return null;
  const start = node.getTextContentSize() - match.replaceableString.length;
  const trigger = start === 0 ? node : node.splitText(start)[1]!;
  trigger.remove();
  $insertNodes([$createFieldNode(field.field, field.personId)]);
  return field.field;
}

function sameLook(a: TextNode, b: TextNode): boolean {
  return a.getFormat() === b.getFormat() && a.getStyle() === b.getStyle();
}
