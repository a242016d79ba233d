import { useCallback, useState } from 'react';

/**
 * For an inline form or popover: remembers the control that had the focus when it opened (read
 * while first rendering, before autoFocus moves it) and gives back a function that returns the
 * focus there once the form has closed. A control that re-rendered away (an "Add …" button hidden
 * while its form is open) is found again by its id.
 */
export function useReturnFocus(): () => void {
  const [opener] = useState(() => {
    const el = typeof document === 'undefined' ? null : document.activeElement;
    return el instanceof HTMLElement && el !== document.body ? { el, id: el.id } : null;
  });
  return useCallback(() => {
    if (!opener) return;
    // After React has removed the form and put the opener back.
    setTimeout(() => {
      const target = opener.el.isConnected ? opener.el : opener.id ? document.getElementById(opener.id) : null;
      target?.focus();
    }, 0);
  }, [opener]);
}
