import { useEffect, useRef, type MutableRefObject } from 'react';
import {
  $createRangeSelection,
  $createTextNode,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createCommand,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $dfs, mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FieldKind } from '../../../app/domain/content';
import { useFieldValues, type FieldValues } from '../fields/FieldValues';
import { $isFieldNode, FieldNode } from '../nodes/FieldNode';
import { $isPlaceholderNode, PlaceholderNode } from '../nodes/PlaceholderNode';

/** What is left to do in the note on screen: the header's counter. */
export interface UnfinishedCount {
  placeholders: number;
  /** Distinct fields with no value. */
  missingFields: number;
}

/** Moves the selection to the next (or previous) placeholder or missing field. */
export const NEXT_UNFINISHED_COMMAND = createCommand<{ backwards?: boolean }>('NEXT_UNFINISHED');

export interface UnfinishedNavigator {
  /** Selects the next placeholder or missing field after the selection; false if there is none. */
  next(): boolean;
}

/** The placeholder the selection lies wholly inside, if any. */
function $selectedPlaceholder() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return $isPlaceholderNode(node) && selection.focus.key === node.getKey() ? node : null;
}

function $isUnfinished(node: LexicalNode, values: FieldValues): boolean {
  return $isPlaceholderNode(node) || ($isFieldNode(node) && values.display(node.getField()).state === 'missing');
}

/** Selects a placeholder's text, or the whole of a missing field (a range around it, so it shows). */
function $select(node: LexicalNode): void {
  if ($isPlaceholderNode(node)) node.select(0, node.getTextContentSize());
  else {
    const parent = node.getParentOrThrow();
    const at = node.getIndexWithinParent();
    const selection = $createRangeSelection();
    selection.anchor.set(parent.getKey(), at, 'element');
    selection.focus.set(parent.getKey(), at + 1, 'element');
    $setSelection(selection);
  }
}

/** Selects the next unfinished node in document order after the selection, wrapping around. */
function goToNext(editor: LexicalEditor, values: FieldValues, backwards = false): boolean {
  let found: NodeKey | null = null;
  editor.update(() => {
    const order = $dfs().map((d) => d.node);
    const selection = $getSelection();
    const focus = selection?.getNodes().at(backwards ? 0 : -1) ?? null;
    const at = focus ? order.findIndex((n) => n.is(focus)) : -1;
    const targets = order.map((node, i) => ({ node, i })).filter(({ node }) => $isUnfinished(node, values));
    if (!targets.length) return;
    const pick = backwards
      ? ([...targets].reverse().find((t) => t.i < at) ?? targets[targets.length - 1]!)
      : (targets.find((t) => t.i > at) ?? targets[0]!);
    $select(pick.node);
    found = pick.node.getKey();
  });
  if (found === null) return false;
  const key: NodeKey = found;
  editor.getRootElement()?.focus({ preventScroll: true });
  requestAnimationFrame(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'center' }));
  return true;
}

/**
 * Template placeholders behave as one unit: a click selects the whole prompt, typing replaces it
 * with plain text (format 0: never the italics of a prompt), F2 / Shift+F2 (and Tab while a
 * placeholder is selected) go to the next / previous placeholder or missing field. Reports how
 * many placeholders and missing fields remain, for the note header.
 */
export function PlaceholderPlugin({
  onCount,
  navigatorRef,
}: {
  onCount?: (count: UnfinishedCount) => void;
  navigatorRef?: MutableRefObject<UnfinishedNavigator | null>;
}) {
  const [editor] = useLexicalComposerContext();
  const values = useFieldValues();
  const placeholders = useRef(new Set<NodeKey>());
  const fields = useRef(new Map<NodeKey, FieldKind>());
  const report = useRef<() => void>(() => {});
  const valuesRef = useRef(values);

  // A change to the visit (another FieldValues) changes which fields are missing.
  useEffect(() => {
    valuesRef.current = values;
    report.current = () => {
      const missing = new Set([...fields.current.values()].filter((kind) => values.display(kind).state === 'missing'));
      onCount?.({ placeholders: placeholders.current.size, missingFields: missing.size });
    };
    report.current();
  }, [values, onCount]);

  useEffect(() => {
    if (navigatorRef) navigatorRef.current = { next: () => goToNext(editor, valuesRef.current) };
  }, [editor, navigatorRef]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(
          PlaceholderNode,
          (mutations) => {
            for (const [key, mutation] of mutations) {
              if (mutation === 'destroyed') placeholders.current.delete(key);
              else placeholders.current.add(key);
            }
            report.current();
          },
          { skipInitialization: false },
        ),
        editor.registerMutationListener(
          FieldNode,
          (mutations) => {
            editor.getEditorState().read(() => {
              for (const [key, mutation] of mutations) {
                const node = $getNodeByKey(key);
                if (mutation === 'destroyed' || !$isFieldNode(node)) fields.current.delete(key);
                else fields.current.set(key, node.getField());
              }
            });
            report.current();
          },
          { skipInitialization: false },
        ),
      ),
    [editor],
  );

  useEffect(() => {
    const $replaceSelected = (text: string) => {
      const node = $selectedPlaceholder();
      if (!node) return false;
      const typed = $createTextNode(text); // format 0, no style: the paragraph's normal text
      node.replace(typed);
      typed.select();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        selection.format = 0;
        selection.style = '';
      }
      return true;
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('[data-placeholder]') : null;
      if (!target || !editor.isEditable()) return;
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(target);
        if ($isPlaceholderNode(node)) node.select(0, node.getTextContentSize());
      });
    };
    return mergeRegister(
      editor.registerCommand(
        CONTROLLED_TEXT_INSERTION_COMMAND,
        (payload) => typeof payload === 'string' && $replaceSelected(payload),
        COMMAND_PRIORITY_HIGH,
      ),
      // A caret that lands inside a prompt (arrow keys) selects it whole.
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const node = selection.anchor.getNode();
          const offset = selection.anchor.offset;
          if ($isPlaceholderNode(node) && offset > 0 && offset < node.getTextContentSize())
            node.select(0, node.getTextContentSize());
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== 'F2' || event.ctrlKey || event.altKey || event.metaKey) return false;
          event.preventDefault();
          queueMicrotask(() => goToNext(editor, valuesRef.current, event.shiftKey));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (!$selectedPlaceholder()) return false;
          event.preventDefault();
          // After this command's update: goToNext runs an update of its own.
          queueMicrotask(() => goToNext(editor, valuesRef.current, event.shiftKey));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        NEXT_UNFINISHED_COMMAND,
        ({ backwards }) => {
          queueMicrotask(() => goToNext(editor, valuesRef.current, backwards));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
    );
  }, [editor]);
  return null;
}
