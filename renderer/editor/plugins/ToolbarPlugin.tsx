import { useEffect, useRef, useState } from 'react';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
  type TextFormatType,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FIELD_KINDS, isPersonField, type FieldKind } from '../../../app/domain/content';
import { nameWithNativeScript } from '../../../app/domain/person';
import { FIELD_LABELS } from '../../../app/templates/fields';
import { changeTable, insertField, insertTable, setBlockType, type TableAction } from '../actions';
import { $readToolbarState, INITIAL_TOOLBAR_STATE, sameToolbarState, type BlockType } from './toolbarState';
import { useRovingFocus } from './useRovingFocus';
import { NEXT_UNFINISHED_COMMAND } from './PlaceholderPlugin';
import { useFieldValues } from '../fields/FieldValues';

const BLOCK_OPTIONS: { value: BlockType; label: string }[] = [
  { value: 'paragraph', label: 'Normal text' },
  { value: 'h1', label: 'Heading 1' },
  { value: 'h2', label: 'Heading 2' },
  { value: 'h3', label: 'Heading 3' },
  { value: 'quote', label: 'Quote' },
];

const TEXT_FORMATS: { format: TextFormatType; label: string; shortcut: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'Ctrl+B', glyph: 'B' },
  { format: 'italic', label: 'Italic', shortcut: 'Ctrl+I', glyph: 'I' },
  { format: 'underline', label: 'Underline', shortcut: 'Ctrl+U', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', shortcut: 'Ctrl+Shift+X', glyph: 'S' },
  { format: 'code', label: 'Inline code', shortcut: 'Ctrl+E', glyph: '</>' },
];

const LISTS: { type: BlockType; label: string; shortcut: string; glyph: string }[] = [
  { type: 'bullet', label: 'Bulleted list', shortcut: 'Ctrl+Shift+8', glyph: '•≡' },
  { type: 'number', label: 'Numbered list', shortcut: 'Ctrl+Shift+7', glyph: '1≡' },
  { type: 'check', label: 'Check list (follow-up actions)', shortcut: 'Ctrl+Shift+9', glyph: '☑' },
];

const TABLE_ACTIONS: { action: TableAction; label: string; glyph: string }[] = [
  { action: 'row-above', label: 'Insert row above', glyph: '↥ Row' },
  { action: 'row-below', label: 'Insert row below', glyph: '↧ Row' },
  { action: 'column-left', label: 'Insert column left', glyph: '↤ Col' },
  { action: 'column-right', label: 'Insert column right', glyph: '↦ Col' },
  { action: 'delete-row', label: 'Delete row', glyph: '✕ Row' },
  { action: 'delete-column', label: 'Delete column', glyph: '✕ Col' },
];

const PERSON_SEPARATOR = ':';
const NO_PEOPLE: readonly { id: string; name: string }[] = [];

/** The formatting toolbar; it reflects the selection (pressed buttons, the block style). */
export function ToolbarPlugin({ onLink, onFind }: { onLink: () => void; onFind: (mode: 'find' | 'replace') => void }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(INITIAL_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const toolbarRef = useRef<HTMLDivElement>(null);
  const people = useFieldValues().context?.people ?? NO_PEOPLE;
  const onKeyDown = useRovingFocus(toolbarRef);

  useEffect(() => {
    const refresh = () => {
      const next = editor.getEditorState().read($readToolbarState, { editor });
      setState((prev) => (sameToolbarState(prev, next) ? prev : next));
    };
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerEditableListener(setEditable),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh();
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (v) => {
          setCanUndo(v);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (v) => {
          setCanRedo(v);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);

  const disabled = !editable;
  // A read-only note has nothing to format: the toolbar steps aside.
  if (!editable) return null;
  const blockValue = BLOCK_OPTIONS.some((o) => o.value === state.block) ? state.block : 'paragraph';

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label="Formatting"
      aria-controls="note-editor-content"
      ref={toolbarRef}
      onKeyDown={onKeyDown}
    >
      <div className="toolbar-group">
        <button
          type="button"
          className="tool"
          disabled={disabled || !canUndo}
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          ↶
        </button>
        <button
          type="button"
          className="tool"
          disabled={disabled || !canRedo}
          aria-label="Redo"
          title="Redo (Ctrl+Y)"
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          ↷
        </button>
      </div>
      <div className="toolbar-group">
        <select
          className="tool-select"
          aria-label="Paragraph style"
          title="Paragraph style (Ctrl+Alt+0…3)"
          disabled={disabled}
          value={blockValue}
          onChange={(e) => setBlockType(editor, state.block, e.target.value as BlockType)}
        >
          {BLOCK_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-group">
        {TEXT_FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className={`tool tool-${f.format}`}
            disabled={disabled}
            aria-label={f.label}
            aria-pressed={state[f.format as 'bold']}
            title={`${f.label} (${f.shortcut})`}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format)}
          >
            <span aria-hidden="true">{f.glyph}</span>
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        {LISTS.map((l) => (
          <button
            key={l.type}
            type="button"
            className="tool"
            disabled={disabled}
            aria-label={l.label}
            aria-pressed={state.block === l.type}
            title={`${l.label} (${l.shortcut})`}
            onClick={() => setBlockType(editor, state.block, l.type)}
          >
            {/* Drawn by CSS: a glyph with a digit read as text would not match the button's name. */}
            <span aria-hidden="true" className="tool-glyph" data-glyph={l.glyph} />
          </button>
        ))}
        <button
          type="button"
          className="tool"
          disabled={disabled}
          aria-label="Decrease indent"
          title="Decrease indent (Shift+Tab in a list)"
          onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
        >
          ⇤
        </button>
        <button
          type="button"
          className="tool"
          disabled={disabled}
          aria-label="Increase indent"
          title="Increase indent (Tab in a list)"
          onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}
        >
          ⇥
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool tool-wide"
          aria-label="Find and replace"
          title="Find (Ctrl+F) and replace (Ctrl+H)"
          onClick={() => onFind('replace')}
        >
          Find
        </button>
        <button
          type="button"
          className="tool tool-wide"
          disabled={disabled}
          aria-label="Next placeholder"
          title="Next placeholder or missing field (F2; Shift+F2 previous; Tab in a selected placeholder)"
          onClick={() => editor.dispatchCommand(NEXT_UNFINISHED_COMMAND, {})}
        >
          Next placeholder (F2)
        </button>
        <button
          type="button"
          className="tool tool-wide"
          disabled={disabled}
          aria-label="Link"
          aria-pressed={state.link}
          title="Link (Ctrl+K)"
          onClick={onLink}
        >
          Link
        </button>
        <button
          type="button"
          className="tool tool-wide"
          disabled={disabled}
          aria-label="Insert table"
          title="Insert a 3 × 3 table"
          onClick={() => insertTable(editor)}
        >
          ⊞ Table
        </button>
        <select
          className="tool-select"
          aria-label="Insert field"
          title="Insert a field filled in from the visit (or type / or { in the text)"
          disabled={disabled}
          value=""
          onChange={(e) => {
            const [kind, personId] = e.target.value.split(PERSON_SEPARATOR);
            if (kind) insertField(editor, kind as FieldKind, personId);
          }}
        >
          <option value="">Insert field…</option>
          {FIELD_KINDS.filter((kind) => !isPersonField(kind)).map((kind) => (
            <option key={kind} value={kind}>
              {FIELD_LABELS[kind]}
            </option>
          ))}
          {people.length > 0 && (
            <optgroup label="People of the visit (name, title)">
              {people.map((p) => (
                <option key={p.id} value={`person${PERSON_SEPARATOR}${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          {people.some((p) => nameWithNativeScript(p) !== p.name) && (
            <optgroup label="People of the visit (name with native script)">
              {people
                .filter((p) => nameWithNativeScript(p) !== p.name)
                .map((p) => (
                  <option key={p.id} value={`person.name.native${PERSON_SEPARATOR}${p.id}`}>
                    {nameWithNativeScript(p)}
                  </option>
                ))}
            </optgroup>
          )}
        </select>
      </div>
      {state.inTable && (
        <div className="toolbar-group" role="group" aria-label="Table">
          {TABLE_ACTIONS.map((t) => (
            <button
              key={t.action}
              type="button"
              className="tool tool-wide"
              disabled={disabled}
              aria-label={t.label}
              title={t.label}
              onClick={() => changeTable(editor, t.action)}
            >
              {t.glyph}
            </button>
          ))}
          <button
            type="button"
            className="tool tool-wide"
            disabled={disabled}
            aria-label="Header row"
            aria-pressed={state.headerRow}
            title="Header row (repeated at the top of every page in Word)"
            onClick={() => changeTable(editor, 'header-row')}
          >
            Header
          </button>
          <button
            type="button"
            className="tool tool-wide"
            disabled={disabled || !state.canMerge}
            aria-label="Merge cells"
            title="Merge the selected cells (select them by dragging or Shift+arrows)"
            onClick={() => changeTable(editor, 'merge')}
          >
            Merge
          </button>
          <button
            type="button"
            className="tool tool-wide"
            disabled={disabled || !state.canSplit}
            aria-label="Split cell"
            title="Split a merged cell"
            onClick={() => changeTable(editor, 'split')}
          >
            Split
          </button>
        </div>
      )}
    </div>
  );
}
