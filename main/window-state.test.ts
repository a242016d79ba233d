import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readJsonFile, writeJsonFile } from './json-file';
import { rememberWindowState, SAVE_WINDOW_STATE_AFTER_MS, type TrackedWindow } from './remember-window';
import { DEFAULT_WINDOW_SIZE, placeWindow, WindowState, type DisplayLike, type Rect } from './window-state';

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
// A second monitor to the left of the laptop, as macOS and Windows report it: negative x.
const leftMonitor: DisplayLike = { workArea: { x: -2560, y: 0, width: 2560, height: 1400 } };
const small: DisplayLike = { workArea: { x: 0, y: 0, width: 1024, height: 700 } };

const state = (bounds: Rect, extra: Partial<WindowState> = {}): WindowState => ({
  bounds,
  maximized: false,
  fullScreen: false,
  ...extra,
});

const centredOnLaptop = {
  x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
  y: (1050 - DEFAULT_WINDOW_SIZE.height) / 2,
  ...DEFAULT_WINDOW_SIZE,
};

describe('reading the window-state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-window-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = (text: string | undefined) => {
    const file = path.join(dir, 'window-state.json');
    if (text !== undefined) fs.writeFileSync(file, text);
    const logged: string[] = [];
    return { value: readJsonFile(file, WindowState, (m) => logged.push(m)), logged };
  };

  it('gives back what was written', () => {
    const saved = state({ x: -2000, y: 40, width: 1400, height: 900 }, { maximized: true });
    writeJsonFile(path.join(dir, 'window-state.json'), saved);
    expect(read(undefined).value).toEqual(saved);
  });

  it('keeps a valid file written by a newer version with fields it does not know', () => {
    const saved = state({ x: 10, y: 20, width: 1000, height: 700 });
    expect(read(JSON.stringify({ ...saved, zoom: 1.2 })).value).toEqual(saved);
  });

  it.each([
    ['no file at all', undefined],
    ['an empty file', ''],
    ['a truncated file', '{"bounds": {"x": 1'],
    ['not an object', '[1, 2, 3]'],
    ['a missing field', JSON.stringify({ bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: false })],
    ['a string for a number', JSON.stringify(state({ x: '0' as unknown as number, y: 0, width: 1000, height: 700 }))],
    ['a fractional size', JSON.stringify(state({ x: 0, y: 0, width: 1000.5, height: 700 }))],
    ['a tiny window', JSON.stringify(state({ x: 0, y: 0, width: 3, height: 2 }))],
    ['an absurd position', JSON.stringify(state({ x: 1e12, y: 0, width: 1000, height: 700 }))],
  ])('falls back to the defaults on %s', (_what, text) => {
    const { value, logged } = read(text);
    expect(value).toBeUndefined();
    expect(placeWindow(value, [laptop], laptop).bounds).toEqual(centredOnLaptop);
    // A missing file is normal (first start); anything else is worth a line in the log.
    expect(logged.length).toBe(text === undefined ? 0 : 1);
  });
});

describe('placing the window', () => {
  it('opens centred on the primary display at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop], laptop)).toEqual({
      bounds: centredOnLaptop,
      maximized: false,
      fullScreen: false,
    });
  });

  it('reopens where it was on the primary display', () => {
    const saved = state({ x: 100, y: 80, width: 1100, height: 800 });
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual(saved.bounds);
  });

  it('reopens on a second monitor that is still connected', () => {
    const saved = state({ x: -2400, y: 100, width: 1600, height: 1000 });
    expect(placeWindow(saved, [laptop, leftMonitor], laptop).bounds).toEqual(saved.bounds);
  });

  it('comes back to the primary display, centred, when its monitor was unplugged', () => {
    const saved = state({ x: -2400, y: 100, width: 1600, height: 1000 });
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual(centredOnLaptop);
  });

  it('is not "on screen" when only a sliver of it shows', () => {
    const saved = state({ x: 1880, y: 100, width: 1200, height: 800 });
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual(centredOnLaptop);
  });

  it('is not "on screen" when its title bar is above the top of the display', () => {
    // Most of the window would show, but the user could not grab it to move it.
    const saved = state({ x: 100, y: -200, width: 1200, height: 800 });
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual(centredOnLaptop);
  });

  it('shrinks to fit a smaller display it is on', () => {
    const saved = state({ x: 0, y: 0, width: 1800, height: 1000 });
    expect(placeWindow(saved, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('opens at most as large as a small primary display when centred', () => {
    expect(placeWindow(undefined, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it.each([
    ['maximised', { maximized: true }],
    ['full screen', { fullScreen: true }],
  ])('stays %s, on screen or re-centred', (_what, flags) => {
    const onScreen = state({ x: 100, y: 80, width: 1100, height: 800 }, flags);
    const offScreen = state({ x: 5000, y: 80, width: 1100, height: 800 }, flags);
    expect(placeWindow(onScreen, [laptop], laptop)).toMatchObject(flags);
    expect(placeWindow(offScreen, [laptop], laptop)).toMatchObject({ ...flags, bounds: centredOnLaptop });
  });
});

describe('remembering the window state', () => {
  class FakeWindow extends EventEmitter implements TrackedWindow {
    normal: Rect = { x: 10, y: 20, width: 1000, height: 700 };
    maximized = false;
    fullScreen = false;
    getNormalBounds = () => this.normal;
    isMaximized = () => this.maximized;
    isFullScreen = () => this.fullScreen;
  }

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after a burst of moves, with the final position', () => {
    const win = new FakeWindow();
    const writes: WindowState[] = [];
    rememberWindowState(
      win,
      (s) => writes.push(s),
      () => {},
    );
    for (let x = 0; x < 50; x++) {
      win.normal = { ...win.normal, x };
      win.emit('move');
      vi.advanceTimersByTime(20);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(SAVE_WINDOW_STATE_AFTER_MS);
    expect(writes).toEqual([state({ x: 49, y: 20, width: 1000, height: 700 })]);
  });

  it('writes at once on close, keeping the normal size of a maximised window', () => {
    const win = new FakeWindow();
    const writes: WindowState[] = [];
    rememberWindowState(
      win,
      (s) => writes.push(s),
      () => {},
    );
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    expect(writes).toEqual([state({ x: 10, y: 20, width: 1000, height: 700 }, { maximized: true })]);
    vi.advanceTimersByTime(SAVE_WINDOW_STATE_AFTER_MS * 2);
    expect(writes).toHaveLength(1);
  });

  it('records full screen', () => {
    const win = new FakeWindow();
    const writes: WindowState[] = [];
    rememberWindowState(
      win,
      (s) => writes.push(s),
      () => {},
    );
    win.fullScreen = true;
    win.emit('enter-full-screen');
    vi.advanceTimersByTime(SAVE_WINDOW_STATE_AFTER_MS);
    expect(writes.at(-1)?.fullScreen).toBe(true);
  });

  it('logs a failed write instead of throwing from the close handler', () => {
    const win = new FakeWindow();
    const logged: string[] = [];
    rememberWindowState(
      win,
      () => {
        throw new Error('disk full');
      },
      (m) => logged.push(m),
    );
    expect(() => win.emit('close')).not.toThrow();
    expect(logged).toEqual(['could not save the window state: disk full']);
  });
});
