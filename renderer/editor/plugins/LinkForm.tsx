import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { $createTextNode, $getSelection, $isRangeSelection } from 'lexical';
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { checkLinkUrl } from '../links';

/**
 * The small form under the toolbar that adds, changes or removes a link. Only http, https and
 * mailto are accepted; anything else is refused with a message and nothing changes.
 */
export function LinkForm({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hasLink, setHasLink] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const node = selection.anchor.getNode();
      const link = $isLinkNode(node) ? node : node.getParent();
      if ($isLinkNode(link)) {
        setUrl(link.getURL());
        setHasLink(true);
      }
    });
    inputRef.current?.focus();
  }, [editor]);

  function close() {
    onClose();
    editor.focus();
  }

  function apply(e: FormEvent) {
    e.preventDefault();
    const checked = checkLinkUrl(url);
    if (!checked.ok) {
      setError(checked.message);
      inputRef.current?.focus();
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && !hasLink) {
        // Nothing selected: the address itself becomes the link text.
        selection.insertNodes([$createLinkNode(checked.url).append($createTextNode(checked.url))]);
      } else {
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, checked.url);
      }
    });
    close();
  }

  function remove() {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    close();
  }

  return (
    <form
      className="link-form"
      aria-label="Link"
      onSubmit={apply}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor="link-url">Link address</label>
      <input
        id="link-url"
        ref={inputRef}
        value={url}
        placeholder="https://… or mailto:…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button primary">
        {hasLink ? 'Update link' : 'Add link'}
      </button>
      {hasLink && (
        <button type="button" className="button" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
      {error && (
        <p id={errorId} role="alert" className="field-error link-error">
          {error}
        </p>
      )}
    </form>
  );
}
