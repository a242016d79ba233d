import fs from 'node:fs';

const PAGE_KB = 4;

/** Every process id with its parent, read from /proc (Linux). */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and brackets: the fields start after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // gone between readdir and read
    }
  }
  return parents;
}

function rssKb(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/**
 * The peak of the summed resident memory of a process and all its descendants, sampled every
 * 25 ms: for exports whose work happens in other processes (Chromium's, LibreOffice's).
 */
export class ProcessTreeMemory {
  private peakKb = 0;
  private timer: NodeJS.Timeout | undefined;

  /** `includeRoot: false` counts the descendants only. */
  constructor(
    private readonly root: number,
    private readonly includeRoot = true,
  ) {}

  sample(): void {
    const parents = processTable();
    const tree = new Set([this.root]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, parent] of parents)
        if (!tree.has(pid) && tree.has(parent)) {
          tree.add(pid);
          grew = true;
        }
    }
    if (!this.includeRoot) tree.delete(this.root);
    let kb = 0;
    for (const pid of tree) kb += rssKb(pid);
    this.peakKb = Math.max(this.peakKb, kb);
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 25);
  }

  /** Stops sampling; the peak in MB. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peakKb / 1024;
  }
}
