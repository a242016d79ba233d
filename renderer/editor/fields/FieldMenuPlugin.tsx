import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $insertNodes, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { $createFieldNode } from '../nodes/FieldNode';
import { useFieldValues } from './FieldValues';
import { fieldsMatching, matchFieldTrigger } from './fieldMenu';

/**
 * What is left of "/query" before the caret. The menu splits off the query it last saw; keys typed
 * faster than it re-renders ("/host" then Enter at once) can leave part of it, e.g. the "/".
 */
function $removeTriggerBeforeCaret(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return;
  const offset = selection.anchor.offset;
  const match = matchFieldTrigger(node.getTextContent().slice(0, offset));
  if (match) node.spliceText(offset - match.replaceableString.length, match.replaceableString.length, '', true);
}

class FieldOption extends MenuOption {
  constructor(readonly field: FieldKind) {
    super(field);
  }
}

/** Typing "/" or "{" opens a menu of the visit's fields; Enter inserts the chosen one. */
export function FieldMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const values = useFieldValues();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(() => fieldsMatching(query ?? '').map((f) => new FieldOption(f)), [query]);

  const onSelectOption = useCallback(
    (option: FieldOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        // The trigger and query were split into their own node by the menu; the field replaces them.
        textNode?.remove();
        $removeTriggerBeforeCaret();
        $insertNodes([$createFieldNode(option.field)]);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<FieldOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={matchFieldTrigger}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <div className="field-menu" role="listbox" aria-label="Insert a field">
                {options.map((option, i) => {
                  const shown = values.display(option.field);
                  return (
                    <div
                      key={option.key}
                      id={`field-menu-${option.key}`}
                      ref={(el) => option.setRefElement(el)}
                      role="option"
                      aria-selected={selectedIndex === i}
                      className={`field-menu-item${selectedIndex === i ? ' selected' : ''}`}
                      onMouseEnter={() => setHighlightedIndex(i)}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        selectOptionAndCleanUp(option);
                      }}
                    >
                      <span className="field-menu-label">{shown.label}</span>
                      <span className="field-menu-value">
                        {shown.state === 'value' ? shown.text : shown.state === 'missing' ? 'missing' : ''}
                      </span>
                    </div>
                  );
                })}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
