/**
 * The benchmark's middle page: Lexical alone (rich text and history, the node types of the long
 * note, the app's theme) with no React and none of the app's plugins, in the app's DOM and style
 * sheets. What Lexical itself costs per key press is its figure minus the plain contenteditable's;
 * what the app adds on top is the app's minus this one. Bundled by the bench with esbuild.
 */
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode, registerList } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor } from 'lexical';
import { editorTheme } from '../../renderer/editor/theme/editorTheme';

declare global {
  interface Window {
    __noteJson: string;
    __bareReady: boolean;
  }
}

const root = document.getElementById('note-editor-content')!;
root.replaceChildren();
root.contentEditable = 'true';
const editor = createEditor({
  namespace: 'bare',
  theme: editorTheme,
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, TableNode, TableRowNode, TableCellNode],
  onError: (e) => {
    throw e;
  },
});
editor.setRootElement(root);
registerRichText(editor);
registerList(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
editor.setEditorState(editor.parseEditorState(window.__noteJson));
editor.update(() => undefined, { onUpdate: () => (window.__bareReady = true) });
