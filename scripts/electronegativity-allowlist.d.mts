export interface Finding {
  issue: string;
  file: string;
  location: string;
}
export interface AllowlistEntry {
  issue: string;
  file: string;
  snippet: string;
  count: number;
  reason: string;
}
export function reviewFindings(
  findings: Finding[],
  allowlist: AllowlistEntry[],
  lineAt: (file: string, line: number) => string,
): {
  rows: { finding: Finding; source: string; entry: AllowlistEntry | undefined }[];
  stale: { entry: AllowlistEntry; matched: number }[];
  overCount: { entry: AllowlistEntry; matched: number }[];
  invalid: AllowlistEntry[];
};
