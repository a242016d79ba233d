import { useEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import type { NamedPerson } from '../../../app/names';
import { clearNameHighlights, rangeOf, showNameHighlights } from './highlight';
import { fixNames, NameScanner, type NameFinding, type NamesReport } from './nameFindings';

/** A pause in typing long enough to be one, short enough for the underline to feel immediate. */
const SCAN_DELAY_MS = 250;

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
  const [offer, setOffer] = useState<{ finding: NameFinding; top: number; left: number } | null>(null);
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
      if (!at || !range || !page) return setOffer(null);
      const r = range.getBoundingClientRect();
      const p = page.getBoundingClientRect();
      setOffer({ finding: at, top: r.bottom - p.top + 4, left: r.left - p.left });
    };
    place();
    return editor.registerUpdateListener(place);
  }, [editor, report]);

  if (!offer) return null;
  const { finding } = offer;
  const sameSpelling = report?.findings.filter((f) => f.found === finding.found) ?? [];
  return (
    <div className="name-offer" role="dialog" aria-label="Name spelling" style={{ top: offer.top, left: offer.left }}>
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
