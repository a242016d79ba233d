import { describe, expect, it } from 'vitest';
import { workPerKeyPress } from './main-thread-work';

const task = (ts: number, dur: number, tid = 1) => ({ name: 'RunTask', ph: 'X', ts, dur, pid: 7, tid });
const keydown = (ts: number, tid = 1) => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: 100,
  pid: 7,
  tid,
  args: { data: { type: 'keydown' } },
});

describe('workPerKeyPress', () => {
  it('adds up the top-level tasks from each keydown to the next, counting nested tasks once', () => {
    const trace = {
      traceEvents: [
        task(1_000, 3_000), // the task the first keydown is dispatched in
        keydown(1_200),
        task(1_500, 500), // nested in the one above
        task(10_000, 5_000), // the frame after it
        task(30_000, 2_000),
        keydown(30_100),
        task(40_000, 1_000),
        task(60_000, 1_000),
        keydown(60_100), // ends the second window; itself not measured
        task(70_000, 9_000),
      ],
    };
    expect(workPerKeyPress(JSON.stringify(trace))).toEqual([8, 3]);
  });

  it('counts only the thread that received the key presses', () => {
    const trace = [keydown(0), task(0, 2_000), task(100, 50_000, 2), keydown(20_000), task(20_000, 1_000)];
    expect(workPerKeyPress(Buffer.from(JSON.stringify(trace)))).toEqual([2]);
  });

  it('gives nothing for a trace without key presses', () => {
    expect(workPerKeyPress(JSON.stringify({ traceEvents: [task(0, 5_000)] }))).toEqual([]);
  });
});
