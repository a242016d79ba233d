import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { NoteContent } from '../../app/domain/content';
import type { FieldContext } from '../../app/templates/fields';
import { FieldValuesProvider } from './fields/FieldValues';
import { BRIEFING_NODES } from './nodes';
import { ListStylePlugin } from './plugins/ListStylePlugin';
import { LIST_STYLE_IMPORT } from '../../app/import/lexical-list-style';
import { editorTheme } from './theme/editorTheme';
import './theme/editor.css';

/**
 * A template as the new note will look, read-only, with its fields filled in from the visit and
 * meeting chosen: the same nodes and theme as the editor, so the preview cannot drift from it.
 */
export function TemplatePreview({
  content,
  fieldContext,
  label,
}: {
  content: NoteContent;
  fieldContext: FieldContext | null;
  label: string;
}) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'briefing-template-preview',
        theme: editorTheme,
        nodes: BRIEFING_NODES,
        html: { import: LIST_STYLE_IMPORT },
        editable: false,
        editorState: JSON.stringify(content),
        onError: (error) => console.error('template preview:', error),
      }}
    >
      <FieldValuesProvider value={fieldContext}>
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content template-preview-content" aria-label={label} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ListStylePlugin />
      </FieldValuesProvider>
    </LexicalComposer>
  );
}
