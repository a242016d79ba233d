import { useEffect } from 'react';
import { mergeRegister } from '@lexical/utils';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { safeLinkUrl } from '../../../app/domain/content/links';

/**
 * The store's link rules (app/domain/content/links), applied in the editor too, whatever way a
 * link came in (paste, drop, typing): http, https and mailto only, else the link becomes its
 * words; target only _blank; rel ours. What the editor shows is then what the store keeps.
 */
export function LinkRulesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(LinkNode, $applyLinkRules),
        editor.registerNodeTransform(AutoLinkNode, $applyLinkRules),
      ),
    [editor],
  );
  return null;
}

export function $applyLinkRules(link: LinkNode): void {
  const safe = safeLinkUrl(link.getURL());
  if (!safe) {
    for (const child of link.getChildren()) link.insertBefore(child);
    link.remove();
    return;
  }
  if (safe.url !== link.getURL()) link.setURL(safe.url);
  if (link.getTarget() !== null && link.getTarget() !== '_blank') link.setTarget(null);
  if (link.getRel() !== 'noreferrer') link.setRel('noreferrer');
}
