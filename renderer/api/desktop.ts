import type { DesktopBridge } from '../../app/api/desktop';

/** The desktop app's extras (window.briefingDesktop), or undefined in a browser. */
export function desktop(): DesktopBridge | undefined {
  return window.briefingDesktop;
}
