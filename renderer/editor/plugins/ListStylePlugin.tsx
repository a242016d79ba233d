import { useEffect } from 'react';
import { $getNodeByKey, mergeRegister } from 'lexical';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getListStyle, $setListStyle } from '../../../app/import/lexical-list-style';

/**
 * Shows a lettered or roman list (node state `listStyle`, from a Word paste or a .docx) with its
 * letters or numerals: ListNode draws a plain <ol>, so its list-style-type is set here.
 */
export function ListStylePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        // Letters and numerals belong to numbered lists: a list made bullets or checkboxes drops them.
        editor.registerNodeTransform(ListNode, (node) => {
          if (node.getListType() !== 'number' && $getListStyle(node)) $setListStyle(node, undefined);
        }),
        editor.registerMutationListener(
          ListNode,
          (mutations) => {
            editor.getEditorState().read(() => {
              for (const [key, mutation] of mutations) {
                if (mutation === 'destroyed') continue;
                const node = $getNodeByKey(key);
                const dom = editor.getElementByKey(key);
                if (!$isListNode(node) || !dom) continue;
                const style = $getListStyle(node) ?? '';
                if (dom.style.listStyleType !== style) dom.style.listStyleType = style;
              }
            });
          },
          { skipInitialization: false },
        ),
      ),
    [editor],
  );
  return null;
}
