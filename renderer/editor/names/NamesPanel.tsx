import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NamedPerson } from '../../../app/names';
import { fixNames, type NameFinding, type NamesReport } from './nameFindings';

interface SpellingGroup {
  found: string;
  canonical: string;
  personName: string;
  findings: NameFinding[];
}

function groupBySpelling(findings: readonly NameFinding[]): SpellingGroup[] {
  const groups = new Map<string, SpellingGroup>();
  for (const f of findings) {
    const id = `${f.found}\u0000${f.canonical}`;
    const group = groups.get(id) ?? { found: f.found, canonical: f.canonical, personName: f.personName, findings: [] };
    group.findings.push(f);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/**
 * The sticky panel's top: just below the editor's sticky toolbar, which is one row or two high
 * depending on the window's width.
 */
function useStickBelowToolbar(panel: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = panel.current;
    const toolbar = el?.closest('.editor-shell')?.querySelector<HTMLElement>('.toolbar');
    if (!el || !toolbar) return;
    const follow = () => el.style.setProperty('--names-top', `${toolbar.offsetHeight + 8}px`);
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [panel]);
}

/** Who the note mentions, every other spelling of their names, and fixing them one by one or all. */
export function NamesPanel({
  report,
  people,
  editable,
}: {
  report: NamesReport;
  people: readonly NamedPerson[];
  editable: boolean;
}) {
  const [editor] = useLexicalComposerContext();
  const panel = useRef<HTMLElement>(null);
  useStickBelowToolbar(panel);
  const groups = groupBySpelling(report.findings);
  const names = report.mentioned.map((id) => people.find((p) => p.id === id)?.name).filter(Boolean);
  return (
    <aside ref={panel} className="names-panel" aria-labelledby="names-panel-heading">
      <h2 id="names-panel-heading">Names</h2>
      <h3>Mentioned</h3>
      {names.length ? (
        <ul className="names-mentioned" aria-label="Mentioned">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nobody from the visit’s people yet.</p>
      )}
      <h3>Other spellings</h3>
      {groups.length === 0 ? (
        <p className="muted">Every name is spelt as in the visit.</p>
      ) : (
        <>
          <ul className="names-issues" aria-label="Other spellings">
            {groups.map((g) => (
              <li key={`${g.found}→${g.canonical}`}>
                <span>
                  <s>{g.found}</s> → <strong>{g.canonical}</strong>
                  {g.findings.length > 1 && <span className="muted"> ×{g.findings.length}</span>}
                </span>
                {editable && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Fix ${g.found} to ${g.canonical}`}
                    onClick={() => fixNames(editor, g.findings)}
                  >
                    Fix
                  </button>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <button type="button" className="button primary small" onClick={() => fixNames(editor, report.findings)}>
              Fix all {report.findings.length}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
