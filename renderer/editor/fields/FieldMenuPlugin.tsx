import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { useFieldValues } from './FieldValues';
import { fieldsMatching, matchFieldTrigger } from './fieldMenu';
import { $replaceTriggerWithField } from './replaceTrigger';

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
        // The menu split off the query it last saw, which may be a few keys behind the text.
        $replaceTriggerWithField(textNode, option.field);
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
