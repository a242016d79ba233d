import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_ESCAPE_COMMAND } from 'lexical';
import type { NamedPerson } from '../../../app/names';
import { clearNameHighlights, rangeOf, showNameHighlights } from './highlight';
import { fixNames, NameScanner, type NameFinding, type NamesReport } from './nameFindings';
import { placeOffer, type Box } from './placeOffer';

/** A pause in typing long enough to be one, short enough for the underline to feel immediate. */
const SCAN_DELAY_MS = 250;
const idOf = (f: NameFinding) => `${f.key}:${f.start}`;

/**
 * Checks the names of the visit's people as the note changes: underlines other spellings, reports
 * them to the names panel, and offers the canonical spelling where the caret is.
 */
export function NamesPlugin({
  people,
  onReport,
}: {
  people: readonly NamedPerson[];
  onReport: (report: NamesReport) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const scanner = useMemo(() => new NameScanner(people), [people]);
  const [report, setReport] = useState<NamesReport | null>(null);
  const [offer, setOffer] = useState<{ finding: NameFinding; name: Box; page: Box } | null>(null);
  // The offer the user closed with Escape: it stays closed until the caret goes to another name.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number; above: boolean } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const reportRef = useRef<NamesReport | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = () => {
      timer = undefined;
      const next = scanner.scan(editor);
      reportRef.current = next;
      setReport(next);
      onReport(next);
      showNameHighlights(editor, next.findings);
    };
    scan();
    const stop = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (dirtyLeaves.size === 0 && dirtyElements.size === 0) return;
      // Debounced: while the user types, the check waits for a pause rather than taking frames.
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(scan, SCAN_DELAY_MS);
    });
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
      clearNameHighlights();
    };
  }, [editor, scanner, onReport]);

  // The offer follows the caret: shown while it sits in (or right after) another spelling.
  useEffect(() => {
    const place = () => {
      const current = reportRef.current;
      let at: NameFinding | undefined;
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!current || !$isRangeSelection(selection) || !selection.isCollapsed()) return;
        const { key, offset } = selection.anchor;
        at = current.findings.find((f) => f.key === key && f.start <= offset && offset <= f.end);
      });
      const range = at && editor.isEditable() ? rangeOf(editor, at) : null;
      const page = editor.getRootElement()?.closest('.editor-page');
      const id = at ? idOf(at) : null;
      setDismissed((d) => (d === id ? d : null));
      if (!at || !range || !page) return setOffer(null);
      setOffer({ finding: at, name: range.getBoundingClientRect(), page: page.getBoundingClientRect() });
    };
    place();
    // Placed again when the window scrolls or resizes: above or below depends on the room left.
    const onViewChange = () => place();
    window.addEventListener('scroll', onViewChange, { capture: true, passive: true });
    window.addEventListener('resize', onViewChange);
    const stop = editor.registerUpdateListener(place);
    return () => {
      stop();
      window.removeEventListener('scroll', onViewChange, { capture: true });
      window.removeEventListener('resize', onViewChange);
    };
  }, [editor, report]);

  const shown = offer && idOf(offer.finding) !== dismissed ? offer : null;

  // Escape in the text closes the offer (the caret stays where it was); only when one is open.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          if (!shown) return false;
          event?.preventDefault();
          setDismissed(idOf(shown.finding));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, shown],
  );

  // Measured before it is painted, so it never shows for a frame where it does not fit.
  useLayoutEffect(() => {
    const el = box.current;
    if (!shown || !el) return setPosition(null);
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    setPosition(placeOffer(shown.name, shown.page, size, view));
  }, [shown]);

  if (!shown) return null;
  const { finding } = shown;
  const sameSpelling = report?.findings.filter((f) => f.found === finding.found) ?? [];
  return (
    <div
      ref={box}
      className={`name-offer${position?.above ? ' above' : ''}`}
      role="dialog"
      aria-label="Name spelling"
      style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: 'hidden' }}
      onKeyDown={(e) => {
        // From a button of the offer (Tab), Escape closes it and goes back to the text.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        setDismissed(idOf(finding));
        editor.focus();
      }}
    >
      <span>
        “{finding.found}” is {finding.kind === 'alias' ? 'another name for' : 'a spelling of'} {finding.personName}.
      </span>
      <button
        type="button"
        className="button primary small"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => fixNames(editor, [finding])}
      >
        Replace with {finding.canonical}
      </button>
      {sameSpelling.length > 1 && (
        <button
          type="button"
          className="button small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => fixNames(editor, sameSpelling)}
        >
          Replace all {sameSpelling.length}
        </button>
      )}
    </div>
  );
}
