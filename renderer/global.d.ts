import type { BriefingBridge } from '../app/api/bridge';
import type { DesktopBridge } from '../app/api/desktop';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser test harness; nothing else is. */
    readonly briefing: BriefingBridge;
    /** Exposed by the preload in the desktop app only: native save dialog, menu commands. */
    readonly briefingDesktop?: DesktopBridge;
  }
}
export {};
