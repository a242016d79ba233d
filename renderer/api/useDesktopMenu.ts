import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../app/api/desktop';
import type { Route } from '../route';
import { desktop } from './desktop';
import { openVisitOf } from './menuCommands';

/**
 * The desktop app's menu, seen from the page: its commands go to `onCommand`, and main is told
 * which visit is open (for File → Export). Does nothing in a browser.
 */
export function useDesktopMenu(route: Route, onCommand: (command: MenuCommand) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  }, [onCommand]);

  // Listening first: main sends a command queued for a new window once the page reports its visit.
  useEffect(() => desktop()?.onMenuCommand((command) => latest.current(command)), []);

  const visitId = openVisitOf(route);
  useEffect(() => {
    desktop()?.setOpenVisit({ visitId });
  }, [visitId]);
}
