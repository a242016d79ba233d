/** One measured figure. A section module exports `run(): Promise<BenchRow[]>`. */
export interface BenchRow {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** e.g. "< 20 ms" or "≥ 4×": printed beside the figure, with met/MISSED. */
  target?: string;
  /** Whether the target was met (left out when there is no target). */
  met?: boolean;
  /** A ratio measured in the same run, e.g. API save / bare insert. */
  ratio?: number;
  ratioLabel?: string;
}

export interface BenchSection {
  run(): Promise<BenchRow[]>;
}
