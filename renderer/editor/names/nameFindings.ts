import { $getNodeByKey, $getRoot, $isTextNode, type LexicalEditor, type NodeKey } from 'lexical';
import { findMentions, findNameIssues, nameIndexFor, type NameIssue, type NamedPerson } from '../../../app/names';

/** Another spelling of a known person's name in one text node of the editor. */
export interface NameFinding extends NameIssue {
  key: NodeKey;
}

/** What the names panel shows: who the note mentions and every other spelling found. */
export interface NamesReport {
  findings: NameFinding[];
  /** Person ids, in the order of the visit's people. */
  mentioned: string[];
}

export const EMPTY_REPORT: NamesReport = { findings: [], mentioned: [] };

interface NodeResult {
  text: string;
  issues: NameIssue[];
  mentions: Set<string>;
}

/**
 * Scans the editor's text nodes for names, remembering each node's result by key and text so that
 * a scan after typing re-reads only the nodes that changed (a 50-page note has ~1,500 of them).
 */
export class NameScanner {
  private readonly cache = new Map<NodeKey, NodeResult>();

  constructor(private readonly people: readonly NamedPerson[]) {}

  scan(editor: LexicalEditor): NamesReport {
    const index = nameIndexFor(this.people);
    const findings: NameFinding[] = [];
    const mentioned = new Set<string>();
    const seen = new Set<NodeKey>();
    editor.getEditorState().read(() => {
      for (const node of $getRoot().getAllTextNodes()) {
        const key = node.getKey();
        const text = node.getTextContent();
        seen.add(key);
        let result = this.cache.get(key);
        if (!result || result.text !== text) {
          result = { text, issues: findNameIssues(text, index), mentions: findMentions(text, this.people) };
          this.cache.set(key, result);
        }
        for (const issue of result.issues) {
          findings.push({ ...issue, key });
          mentioned.add(issue.personId);
        }
        for (const id of result.mentions) mentioned.add(id);
      }
    });
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    return { findings, mentioned: this.people.filter((p) => mentioned.has(p.id)).map((p) => p.id) };
  }
}

/**
 * Replaces the given spellings by the canonical ones, in one undoable step. Only the text of each
 * node changes, so its formatting stays; a finding whose text changed since the scan is skipped.
 */
export function fixNames(editor: LexicalEditor, findings: readonly NameFinding[]): void {
  const byNode = new Map<NodeKey, NameFinding[]>();
  for (const f of findings) byNode.set(f.key, [...(byNode.get(f.key) ?? []), f]);
  editor.update(() => {
    for (const [key, list] of byNode) {
      const node = $getNodeByKey(key);
      if (!$isTextNode(node)) continue;
      // From the end, so earlier offsets stay valid as lengths change.
      for (const f of [...list].sort((a, b) => b.start - a.start)) {
        if (node.getTextContent().slice(f.start, f.end) !== f.found) continue;
        node.spliceText(f.start, f.end - f.start, f.canonical, false);
      }
    }
  });
}
