import type { AppError, Result } from '../../app/api/result';
import { errorInWords } from '../api/errorWords';

/** What the note's save indicator shows. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AutosaveOptions<C> {
  /** The revision the editor's content was loaded from. */
  baseRevision: number;
  save(content: C, baseRevision: number): Promise<Result<{ revision: number }>>;
  /** A save that cannot be awaited (the page is going away). */
  saveWithoutWaiting(content: C, baseRevision: number): void;
  onState(state: SaveState): void;
  /** Save after this much quiet (the brief: ≤ 500 ms). */
  idleMs?: number;
  /** ...and at least this often while changes keep coming (the brief: ≤ 2 s). */
  maxWaitMs?: number;
  /** ...but never two saves closer than this (the brief: at most one per 500 ms). */
  minIntervalMs?: number;
  clock?: Clock;
}

const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * Debounced saving with a maximum wait, one save in flight at a time, and a conflict state that
 * stops saving rather than overwrite a note changed elsewhere. Content is read lazily (`read()` is
 * called only when a save starts) so typing never pays for serialising a long note.
 */
export class Autosaver<C> {
  private baseRevision: number;
  private read: (() => C) | null = null;
  private idleTimer: unknown = null;
  private maxTimer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  private stopped = false;
  private state: SaveState = { kind: 'saved' };
  private readonly idleMs: number;
  private readonly maxWaitMs: number;
  private readonly minIntervalMs: number;
  private lastStartedAt = -Infinity;
  private readonly clock: Clock;

  constructor(private readonly options: AutosaveOptions<C>) {
    this.baseRevision = options.baseRevision;
    this.idleMs = options.idleMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.minIntervalMs = options.minIntervalMs ?? 500;
    this.clock = options.clock ?? realClock;
  }

  get revision(): number {
    return this.baseRevision;
  }

  get hasUnsavedChanges(): boolean {
    return this.read !== null || this.inFlight !== null;
  }

  /** The content changed; `read` gives its latest value when a save starts. */
  changed(read: () => C): void {
    if (this.stopped) return;
    this.read = read;
    if (this.state.kind !== 'error') this.setState({ kind: 'pending' });
    if (this.idleTimer !== null) this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = this.clock.setTimeout(() => void this.saveNow(), this.idleMs);
    if (this.maxTimer === null) this.maxTimer = this.clock.setTimeout(() => void this.saveNow(), this.maxWaitMs);
  }

  /** Saves what is pending now and resolves when everything changed so far is saved (or failed). */
  async flush(): Promise<void> {
    await this.saveNow(true);
    while (this.inFlight) await this.inFlight;
  }

  /** After "could not save": try again with the latest content. */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * The page is being hidden or unloaded: hand the last change to the app synchronously. A save
   * already in flight will create the next revision, so this one is based on that.
   */
  flushWithoutWaiting(): void {
    if (this.stopped || this.read === null) return;
    this.clearTimers();
    const content = this.read();
    this.read = null;
    const base = this.inFlight ? this.baseRevision + 1 : this.baseRevision;
    this.options.saveWithoutWaiting(content, base);
    // If the page survives after all (a cancelled close), continue from the revision this made;
    // should that guess be wrong, the next save is a conflict, never an overwrite.
    this.baseRevision = base + 1;
  }

  dispose(): void {
    this.clearTimers();
    this.stopped = true;
  }

  private async saveNow(force = false): Promise<void> {
    this.clearTimers();
    if (this.stopped || this.read === null) return;
    if (this.inFlight) {
      this.saveAgain = true;
      return;
    }
    const wait = this.lastStartedAt + this.minIntervalMs - this.clock.now();
    if (!force && wait > 0) {
      this.idleTimer = this.clock.setTimeout(() => void this.saveNow(), wait);
      return;
    }
    this.lastStartedAt = this.clock.now();
    const content = this.read();
    this.read = null;
    this.setState({ kind: 'saving' });
    this.inFlight = this.options.save(content, this.baseRevision).then((result) => this.settle(result, content));
    await this.inFlight;
  }

  private async settle(result: Result<{ revision: number }>, content: C): Promise<void> {
    this.inFlight = null;
    if (result.ok) {
      this.baseRevision = result.value.revision;
      if (this.read === null) this.setState({ kind: 'saved' });
    } else if (result.error.code === 'conflict') {
      this.stopped = true;
      this.clearTimers();
      this.setState({ kind: 'conflict', message: result.error.message });
      return;
    } else {
      // Keep the content so a retry (or the next keystroke) saves it.
      if (this.read === null) this.read = () => content;
      this.setState({ kind: 'error', message: describe(result.error) });
      this.saveAgain = false;
      return;
    }
    if (this.saveAgain || (this.read !== null && this.idleTimer === null)) {
      this.saveAgain = false;
      await this.saveNow();
    }
  }

  private clearTimers(): void {
    if (this.idleTimer !== null) this.clock.clearTimeout(this.idleTimer);
    if (this.maxTimer !== null) this.clock.clearTimeout(this.maxTimer);
    this.idleTimer = null;
    this.maxTimer = null;
  }

  private setState(state: SaveState): void {
    if (this.state.kind === state.kind && !('message' in state)) return;
    this.state = state;
    this.options.onState(state);
  }
}

function describe(error: AppError): string {
  return errorInWords(error);
}
