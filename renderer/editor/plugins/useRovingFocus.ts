import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled), select:not(:disabled)';

/**
 * The ARIA toolbar pattern: one Tab stop for the whole toolbar, arrow keys move between its
 * controls. Tab indexes are managed on the DOM so React renders need not know about them.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const items = () => Array.from(root.querySelectorAll<HTMLElement>(ITEMS));
    let currentItem: HTMLElement | null = null;
    const makeCurrent = (current: HTMLElement) => {
      currentItem = current;
      items().forEach((el) => (el.tabIndex = el === current ? 0 : -1));
    };
    const first = items()[0];
    if (first) makeCurrent(first);
    let lastFocused: HTMLElement | null = null;
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.matches(ITEMS)) {
        lastFocused = e.target;
        makeCurrent(e.target);
      }
    };
    root.addEventListener('focusin', onFocus);
    // Newly enabled controls (table actions) must not become extra Tab stops, and a control that
    // becomes disabled while focused (Undo at the start of the history) hands focus to a neighbour.
    const observer = new MutationObserver(() => {
      const all = items();
      const current = currentItem && all.includes(currentItem) ? currentItem : all[0];
      if (current) makeCurrent(current);
      // Chrome may still report the disabled control as active until its next frame.
      const active = document.activeElement;
      const focusLost = !active || active === document.body || active === lastFocused;
      if (focusLost && lastFocused?.matches(':disabled')) current?.focus();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      root.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, [ref]);

  return (e: KeyboardEvent<HTMLElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    if (e.target instanceof HTMLSelectElement && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? items.length - 1
          : (at + (e.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length;
    e.preventDefault();
    items[next]?.focus();
  };
}
