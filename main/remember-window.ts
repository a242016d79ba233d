import type { Rect, WindowState } from './window-state';

/** What is read of the window (a BrowserWindow), so the tracking is tested without Electron. */
export interface TrackedWindow {
  on(
    event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close',
    listener: () => void,
  ): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

/** Moving or resizing fires many events a second: the file is written once things settle. */
export const SAVE_WINDOW_STATE_AFTER_MS = 500;

const CHANGES = ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const;

/**
 * The normal bounds (not the maximised ones), so that un-maximising after a restart gives back
 * the size the user chose.
 */
export function captureWindowState(win: TrackedWindow): WindowState {
  const b = win.getNormalBounds();
  return {
    bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) },
    maximized: win.isMaximized(),
    fullScreen: win.isFullScreen(),
  };
}

/**
 * Saves the window's state a moment after it stops changing, and at once when it closes. A
 * failed write is logged, never thrown: it must not stand in the way of closing the window.
 */
export function rememberWindowState(
  win: TrackedWindow,
  write: (state: WindowState) => void,
  log: (msg: string) => void,
  delayMs = SAVE_WINDOW_STATE_AFTER_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    try {
      write(captureWindowState(win));
    } catch (e) {
      log(`could not save the window state: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of CHANGES) win.on(event, schedule);
  win.on('close', save);
}
