import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MatchCache } from './findMatches';
import { $textBlocks, matchesInBlocks, type FindMatch } from './textBlocks';
import { clearFindHighlights, showFindHighlights } from './findHighlight';

export type FindMode = 'find' | 'replace';

/** The matches of the cache's query in the note as it is now. */
function search(editor: LexicalEditor, cache: MatchCache | null): FindMatch[] {
  if (!cache) return [];
  return editor.getEditorState().read(() => matchesInBlocks($textBlocks(), (text) => cache.matches(text)));
}

/** Selects a match in the document (inside an update); null if the text changed since the search. */
function $selectMatch(match: FindMatch): RangeSelection | null {
  if (!$getNodeByKey(match.startKey) || !$getNodeByKey(match.endKey)) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(match.startKey, match.startOffset, 'text');
  selection.focus.set(match.endKey, match.endOffset, 'text');
  if (selection.getTextContent() !== match.text) return null;
  $setSelection(selection);
  return selection;
}

/** The text selected in the note, to search for when the bar opens (one line, not too long). */
function selectedText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    const text = $isRangeSelection(selection) ? selection.getTextContent() : '';
    return text.includes('\n') || text.length > 100 ? '' : text;
  });
}

/**
 * Find and replace in the note (Ctrl+F, Ctrl+H): Word's match case and whole word, diacritics
 * ignored as in search (Cavusoglu finds Çavuşoğlu), every match highlighted, replace one or all
 * (one undo step). Escape closes it and puts the caret on the current match.
 */
export function FindBar({
  mode,
  focusRequest,
  editable,
  onClose,
}: {
  mode: FindMode;
  /** Changes each time Ctrl+F / Ctrl+H is pressed: the Find box takes focus again. */
  focusRequest: number;
  editable: boolean;
  onClose: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState(() => selectedText(editor));
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  // Bumped when the note changes: the matches are searched again.
  const [version, setVersion] = useState(0);
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState('');
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const showReplace = mode === 'replace' && editable;

  const cache = useMemo(
    () => (query ? new MatchCache(query, { matchCase, wholeWord }) : null),
    [query, matchCase, wholeWord],
  );
  const matches = useMemo(
    () => search(editor, cache),
    // version: the note's text changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, cache, version],
  );
  const shown = Math.min(current, Math.max(0, matches.length - 1));
  const newSearch = () => {
    setCurrent(0);
    setMessage('');
  };

  // Typing in the note moves or removes matches: the marks are taken off at the first keystroke
  // (static ranges do not follow the text, so they would mark the wrong letters) and the note is
  // searched and marked again a moment after the typing stops.
  // Until then the marks stay off, even when the note scrolls as the caret moves down the page:
  // marked again from the old matches, they would sit on the wrong letters, and each mark costs a
  // layout on that key press.
  const typing = useRef(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      typing.current = true;
      if (timer === undefined) clearFindHighlights();
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, 120);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [editor]);

  useLayoutEffect(() => {
    typing.current = false;
    showFindHighlights(editor, matches, shown);
    // Matches are marked near the screen only: mark again as the note scrolls or the window resizes.
    let frame = 0;
    const redraw = () => {
      if (frame || typing.current) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        showFindHighlights(editor, matches, shown);
      });
    };
    document.addEventListener('scroll', redraw, { capture: true, passive: true });
    window.addEventListener('resize', redraw);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', redraw, { capture: true });
      window.removeEventListener('resize', redraw);
    };
  }, [editor, matches, shown]);
  useEffect(() => clearFindHighlights, []);

  useEffect(() => {
    const input = mode === 'replace' && editable && query ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
    // Only when asked (Ctrl+F / Ctrl+H), not as the query changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest, mode]);

  const reveal = useCallback(
    (index: number) => {
      const match = matches[index];
      if (!match) return;
      editor.getElementByKey(match.startKey)?.scrollIntoView({ block: 'nearest' });
    },
    [editor, matches],
  );

  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (shown + delta + matches.length) % matches.length;
    setCurrent(next);
    reveal(next);
  };

  const close = () => {
    clearFindHighlights();
    const match = matches[shown];
    // Back to the text, on the match the user was looking at (as Word leaves it selected).
    editor.update(() => {
      if (match) $selectMatch(match);
    });
    onClose();
    editor.focus();
  };

  const replaceOne = () => {
    const match = matches[shown];
    if (!match || !editable) return;
    editor.update(
      () => {
        $selectMatch(match)?.insertText(replacement);
      },
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
    // The next match takes the replaced one's place in the list.
    setVersion((v) => v + 1);
    setMessage('');
  };

  const replaceAll = () => {
    if (!editable || matches.length === 0) return;
    let replaced = 0;
    // One update is one undo step. From the last match back, so earlier offsets stay true.
    editor.update(
      () => {
        for (const match of [...matches].reverse()) {
          const selection = $selectMatch(match);
          if (!selection) continue;
          selection.insertText(replacement);
          replaced++;
        }
      },
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
    setVersion((v) => v + 1);
    setCurrent(0);
    setMessage(`Replaced ${replaced} ${replaced === 1 ? 'match' : 'matches'}`);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const count = !query ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}`;

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={findInput}
          type="search"
          className="find-input"
          aria-label="Find"
          placeholder="Find in note"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            newSearch();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="find-count" role="status" aria-label="Matches">
          {message || count}
        </span>
        <button
          type="button"
          className="tool"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          onClick={() => step(-1)}
          disabled={matches.length === 0}
        >
          ↑
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Next match"
          title="Next match (Enter)"
          onClick={() => step(1)}
          disabled={matches.length === 0}
        >
          ↓
        </button>
        <label className="find-option">
          <input
            type="checkbox"
            checked={matchCase}
            onChange={(e) => {
              setMatchCase(e.target.checked);
              newSearch();
            }}
          />{' '}
          Match case
        </label>
        <label className="find-option">
          <input
            type="checkbox"
            checked={wholeWord}
            onChange={(e) => {
              setWholeWord(e.target.checked);
              newSearch();
            }}
          />{' '}
          Whole word
        </label>
        <button
          type="button"
          className="tool find-close"
          aria-label="Close find"
          title="Close (Escape)"
          onClick={close}
        >
          ✕
        </button>
      </div>
      {showReplace && (
        <div className="find-row">
          <input
            ref={replaceInput}
            type="text"
            className="find-input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                replaceOne();
              }
            }}
          />
          <button type="button" className="button" onClick={replaceOne} disabled={matches.length === 0}>
            Replace
          </button>
          <button type="button" className="button" onClick={replaceAll} disabled={matches.length === 0}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}
