import type { BriefingBridge } from '../app/api/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser test harness; nothing else is. */
    readonly briefing: BriefingBridge;
  }
}
export {};
