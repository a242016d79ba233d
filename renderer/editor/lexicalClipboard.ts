import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import type { BaseSelection, LexicalEditor, SerializedLexicalNode } from 'lexical';
import { normaliseNodes } from '../../app/domain/content/normalise';

export const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Pastes the editor's own clipboard format through the content allow-list (issue 15, finding 2):
 * Lexical would insert its JSON as it comes, and any page can put JSON on the clipboard under this
 * type. False when the payload is not this editor's (the caller goes on to HTML or plain text).
 */
export function $insertLexicalClipboard(editor: LexicalEditor, data: DataTransfer, selection: BaseSelection): boolean {
  let payload: { namespace?: unknown; nodes?: unknown } | null;
  try {
    payload = JSON.parse(data.getData(LEXICAL_MIME)) as typeof payload;
  } catch {
    return false;
  }
  if (!payload || payload.namespace !== editor._config.namespace || !Array.isArray(payload.nodes)) return false;
  let nodes: SerializedLexicalNode[];
  try {
    nodes = normaliseNodes(payload.nodes).content as unknown as SerializedLexicalNode[];
  } catch {
    // A node type this editor does not know: its words, as plain text, rather than nothing.
    selection.insertRawText(data.getData('text/plain'));
    return true;
  }
  $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(nodes), selection);
  return true;
}
