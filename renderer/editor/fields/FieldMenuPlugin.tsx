import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { useFieldValues } from './FieldValues';
import { fieldChoices, matchFieldTrigger, type FieldChoice } from './fieldMenu';
import { $replaceTriggerWithField } from './replaceTrigger';

class FieldOption extends MenuOption {
  readonly field: FieldKind;
  readonly personId: string | undefined;
  constructor(readonly choice: FieldChoice) {
    super(choice.personId ? `${choice.field}-${choice.personId}` : choice.field);
    this.field = choice.field;
    this.personId = choice.personId;
  }
}

/** Typing "/" or "{" opens a menu of the visit's fields; Enter inserts the chosen one. */
export function FieldMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const values = useFieldValues();
  const [query, setQuery] = useState<string | null>(null);
  const people = values.context?.people;
  const options = useMemo(() => fieldChoices(query ?? '', people).map((c) => new FieldOption(c)), [query, people]);

  const onSelectOption = useCallback(
    (option: FieldOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        // The menu split off the query it last saw, which may be a few keys behind the text.
        $replaceTriggerWithField(textNode, option.choice, people);
        closeMenu();
      });
    },
    [editor, people],
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
                  const shown = values.display(option.field, option.personId);
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
                      <span className="field-menu-label">{option.choice.label}</span>
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
