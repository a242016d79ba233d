import { $getState, $setState, createState, type DOMConversionMap, type LexicalNode } from 'lexical';
import { $isListNode, ListNode } from '@lexical/list';
import { isListStyle, listStyleOfTypeAttribute, type ListStyle } from './list-style';

/** A numbered list's style, kept as Lexical node state: serialised as `"$": { "listStyle": … }`. */
export const listStyleState = createState('listStyle', {
  parse: (value): ListStyle | undefined => (isListStyle(value) && value !== 'decimal' ? value : undefined),
});

export function $getListStyle(node: ListNode): ListStyle | undefined {
  return $getState(node, listStyleState);
}

export function $setListStyle(node: ListNode, style: ListStyle | undefined): void {
  $setState(node, listStyleState, style === 'decimal' ? undefined : style);
}

/**
 * `<ol type="a">` (what the cleaned clipboard HTML uses for lettered and roman lists) becomes a
 * list with that style. Given to the editor as `html.import`, in the window and in Node alike.
 */
export const LIST_STYLE_IMPORT: DOMConversionMap = {
  ol: (element) => {
    const own = ListNode.importDOM?.()?.ol?.(element);
    if (!own) return null;
    return {
      priority: 1,
      conversion: (dom) => {
        const output = own.conversion(dom);
        const node: LexicalNode | null | undefined = Array.isArray(output?.node) ? undefined : output?.node;
        const style = listStyleOfTypeAttribute(
          (dom as unknown as { getAttribute(n: string): string | null }).getAttribute('type'),
        );
        if (node && $isListNode(node) && style) $setListStyle(node, style);
        return output;
      },
    };
  },
};
