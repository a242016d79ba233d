/**
 * Main-thread work per key press, read from a Chromium trace (categories in TRACE_CATEGORIES).
 *
 * "Key press to next frame" measured in the page includes the wait for the display's next frame
 * (0–16.7 ms at 60 Hz), so even an empty page has a p95 near 16 ms. The work the key press costs
 * — input handling, the app's scripts, style, layout, paint — is what must fit in one frame for
 * typing not to drop frames. It is the time the renderer's main thread is busy from one keydown
 * to the next (every top-level task in between, timers and autosave included).
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** ms of main-thread work after each key press but the last (which has no next keydown to end it). */
export function workPerKeyPress(trace: Buffer | string): number[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []))
    .filter((e) => e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) return [];
  // The page typed into is the renderer thread that received the key presses.
  const thread = threadOf(keydowns[0]!);
  const tasks: TraceEvent[] = [];
  let busyUntil = -Infinity;
  for (const e of events) {
    if (e.name !== 'RunTask' || threadOf(e) !== thread || e.ts < busyUntil) continue; // nested task
    tasks.push(e);
    busyUntil = e.ts + (e.dur ?? 0);
  }
  const starts = keydowns.filter((k) => threadOf(k) === thread).map((k) => taskStartOf(tasks, k.ts));
  const work: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    let us = 0;
    for (const t of tasks) if (t.ts >= starts[i]! && t.ts < starts[i + 1]!) us += t.dur ?? 0;
    work.push(us / 1000);
  }
  return work;
}

/** The start of the task a keydown was dispatched in (the window begins with that task). */
function taskStartOf(tasks: readonly TraceEvent[], ts: number): number {
  let start = ts;
  for (const t of tasks) {
    if (t.ts > ts) break;
    if (t.ts + (t.dur ?? 0) >= ts) start = t.ts;
  }
  return start;
}
