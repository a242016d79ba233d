import { memo, useCallback, useState, type MutableRefObject } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import type { NoteContent } from '../../app/domain/content';
import type { NamedPerson } from '../../app/names';
import type { FieldContext } from '../../app/templates/fields';
import { BRIEFING_NODES } from './nodes';
import { FindBar, type FindMode } from './find/FindBar';
import { FieldMenuPlugin } from './fields/FieldMenuPlugin';
import { FieldValuesProvider } from './fields/FieldValues';
import { EMPTY_REPORT, type NamesReport } from './names/nameFindings';
import { NamesPanel } from './names/NamesPanel';
import { NamesPlugin } from './names/NamesPlugin';
import { editorTheme } from './theme/editorTheme';
import { isAllowedLinkUrl } from './links';
import { MARKDOWN_SHORTCUTS } from './markdownShortcuts';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { LinkForm } from './plugins/LinkForm';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';
import { TableTabPlugin } from './plugins/TableTabPlugin';
import { LengthPlugin } from './plugins/LengthPlugin';
import { SmartQuotesPlugin } from './plugins/SmartQuotesPlugin';
import { FocusOnOpenPlugin } from './plugins/FocusOnOpenPlugin';
import { useSettings } from '../api/useSettings';
import { PastePlugin } from './plugins/PastePlugin';
import { ListStylePlugin } from './plugins/ListStylePlugin';
import { LIST_STYLE_IMPORT } from '../../app/import/lexical-list-style';
import { LinkRulesPlugin } from './plugins/LinkRulesPlugin';
import { TextCleaningPlugin } from './plugins/TextCleaningPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { AutosavePlugin, type AutosaveProps } from './plugins/AutosavePlugin';
import { PlaceholderPlugin, type UnfinishedCount, type UnfinishedNavigator } from './plugins/PlaceholderPlugin';
import './theme/editor.css';

export interface NoteEditorProps {
  content: NoteContent;
  editable: boolean;
  /** Absent for a read-only note: nothing to save. */
  autosave?: AutosaveProps;
  /** Accessible name of the writing area, e.g. the note's title. */
  label: string;
  /** The visit (and meeting) the note's fields show; null shows their labels. */
  fieldContext?: FieldContext | null;
  /** The visit's people, whose names are checked; absent: no names check. */
  people?: readonly NamedPerson[];
  /** How many placeholders and missing fields remain, as they change (the note header's counter). */
  onUnfinished?: (count: UnfinishedCount) => void;
  /** Set to a handle that selects the next placeholder or missing field. */
  unfinishedRef?: MutableRefObject<UnfinishedNavigator | null>;
  /** The note's title: with it, its word count and length in Word show below the text. */
  title?: string;
}

/**
 * The briefing editor: Lexical with exactly the node types a note may contain. Memoised: the note
 * view re-renders as its save state changes while the user types, and the editor need not.
 */
export const NoteEditor = memo(function NoteEditor({
  content,
  editable,
  autosave,
  label,
  fieldContext = null,
  people,
  onUnfinished,
  unfinishedRef,
  title,
}: NoteEditorProps) {
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const { smartQuotes } = useSettings();
  const [names, setNames] = useState<NamesReport>(EMPTY_REPORT);
  const openLinkForm = useCallback(() => setLinkFormOpen(true), []);
  const [find, setFind] = useState<{ mode: FindMode; request: number } | null>(null);
  const openFind = useCallback(
    (mode: FindMode) => setFind((prev) => ({ mode, request: (prev?.request ?? 0) + 1 })),
    [],
  );
  // Ctrl+F / Ctrl+H from anywhere in the editor: the text, the toolbar or the find bar itself.
  const onShellKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== 'KeyF' && event.code !== 'KeyH') return;
      event.preventDefault();
      openFind(event.code === 'KeyH' ? 'replace' : 'find');
    },
    [openFind],
  );
  // Read once, when the editor is created (Lexical ignores it afterwards): serialising a long note
  // on every render cost milliseconds a time.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'briefing-note',
    theme: editorTheme,
    nodes: BRIEFING_NODES,
    html: { import: LIST_STYLE_IMPORT },
    editable,
    editorState: JSON.stringify(content),
    onError: (error) => console.error('editor:', error),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <FieldValuesProvider value={fieldContext}>
        <div className={`editor-shell${people ? ' with-names' : ''}`} onKeyDown={onShellKeyDown}>
          <ToolbarPlugin onLink={openLinkForm} onFind={openFind} />
          {linkFormOpen && <LinkForm onClose={() => setLinkFormOpen(false)} />}
          {find && (
            <FindBar mode={find.mode} focusRequest={find.request} editable={editable} onClose={() => setFind(null)} />
          )}
          <div className="editor-body">
            <div className="editor-page">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    id="note-editor-content"
                    className="editor-content"
                    aria-label={label}
                    aria-multiline
                    spellCheck
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
              {people && <NamesPlugin people={people} onReport={setNames} />}
              {title !== undefined && <LengthPlugin title={title} fieldContext={fieldContext} />}
            </div>
            {people && <NamesPanel report={names} people={people} editable={editable} />}
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <TablePlugin hasCellMerge hasCellBackgroundColor={false} />
        <TableTabPlugin />
        <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
        <ShortcutsPlugin onLink={openLinkForm} />
        <ListTabPlugin />
        <PastePlugin />
        <ListStylePlugin />
        <TextCleaningPlugin />
        <LinkRulesPlugin />
        <EditablePlugin editable={editable} />
        {editable && <FieldMenuPlugin />}
        <PlaceholderPlugin onCount={onUnfinished} navigatorRef={unfinishedRef} />
        {editable && smartQuotes && <SmartQuotesPlugin />}
        <FocusOnOpenPlugin />
        {autosave && <AutosavePlugin {...autosave} />}
      </FieldValuesProvider>
    </LexicalComposer>
  );
});
