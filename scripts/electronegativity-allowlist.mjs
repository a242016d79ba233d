// Matching Electronegativity's findings against main/electronegativity-allowlist.json.
// Each entry is pinned to one place: the issue, the file, a snippet of the source line the finding
// points at, and how many findings it explains. A new finding in the same file (a second window,
// another openExternal) matches no entry or pushes an entry over its count, and is unreviewed; an
// entry that explains fewer findings than its count is stale. Either fails the check.

/**
 * @param {{ issue: string, file: string, location: string }[]} findings
 * @param {{ issue: string, file: string, snippet: string, count: number, reason: string }[]} allowlist
 * @param {(file: string, line: number) => string} lineAt the source line a finding points at
 */
export function reviewFindings(findings, allowlist, lineAt) {
  const matchedBy = new Map(allowlist.map((entry) => [entry, []]));
  const rows = findings.map((finding) => {
    const line = Number.parseInt(finding.location, 10);
    const source = Number.isFinite(line) ? lineAt(finding.file, line) : '';
    const entry = allowlist.find(
      (a) => a.issue === finding.issue && a.file === finding.file && a.snippet && source.includes(a.snippet),
    );
    if (entry) matchedBy.get(entry).push(finding);
    return { finding, source: source.trim(), entry };
  });
  // An entry over its count explains none of its findings: which one is new cannot be told.
  const over = new Set(allowlist.filter((a) => matchedBy.get(a).length > a.count));
  const reviewed = rows.map((r) => ({ ...r, entry: r.entry && !over.has(r.entry) ? r.entry : undefined }));
  const stale = allowlist
    .filter((a) => matchedBy.get(a).length < a.count)
    .map((entry) => ({ entry, matched: matchedBy.get(entry).length }));
  const overCount = [...over].map((entry) => ({ entry, matched: matchedBy.get(entry).length }));
  const invalid = allowlist.filter(
    (a) => typeof a.snippet !== 'string' || a.snippet.trim() === '' || !Number.isInteger(a.count) || a.count < 1,
  );
  return { rows: reviewed, stale, overCount, invalid };
}
