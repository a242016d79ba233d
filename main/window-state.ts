import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the placement needs of a display (Electron's Display has more). */
export interface DisplayLike {
  workArea: Rect;
}

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };

// Generous limits: they only reject values no real desktop produces (a hand-edited or damaged file).
const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().min(100).max(100_000);

/** The window-state file: the normal (not maximised) bounds, and whether it was maximised or full screen. */
export const WindowState = z.object({
  bounds: z.object({ x: Coordinate, y: Coordinate, width: Length, height: Length }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Placement {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

/** The strip at the top of the window the user drags it by: it must be on a display to be reachable. */
const TITLE_BAR_HEIGHT = 32;
const MIN_GRAB_WIDTH = 100;
const MIN_GRAB_HEIGHT = 16;

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The display the window's title bar is on, if any: a window whose display was unplugged, or
 * whose title bar is off the top of the screen, cannot be moved back by the user and is not
 * "on screen" even if a corner of it shows.
 */
export function displayShowing(bounds: Rect, displays: readonly DisplayLike[]): DisplayLike | undefined {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  let best: DisplayLike | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const overlap = intersection(titleBar, display.workArea);
    const area = overlap.width * overlap.height;
    if (overlap.width >= MIN_GRAB_WIDTH && overlap.height >= MIN_GRAB_HEIGHT && area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

function fit(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) };
}

/** Centred on the display, at the default size (smaller if the display is). */
export function centredOn(display: DisplayLike): Rect {
  const area = display.workArea;
  const { width, height } = fit(DEFAULT_WINDOW_SIZE, area);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: where it was, if that is still on a connected display (shrunk to fit
 * that display), otherwise centred on the primary display at the default size. Maximised and
 * full-screen states are kept either way.
 */
export function placeWindow(
  saved: WindowState | undefined,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
): Placement {
  if (!saved) return { bounds: centredOn(primary), maximized: false, fullScreen: false };
  const display = displayShowing(saved.bounds, displays);
  const bounds = display
    ? { x: saved.bounds.x, y: saved.bounds.y, ...fit(saved.bounds, display.workArea) }
    : centredOn(primary);
  return { bounds, maximized: saved.maximized, fullScreen: saved.fullScreen };
}
