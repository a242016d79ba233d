import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';

interface Registry {
  set(id: string, label: string | null): void;
}

const UnsavedContext = createContext<Registry | null>(null);
/** Around the forms whose unsaved typing the guard below watches. */
export const UnsavedChangesProvider = UnsavedContext.Provider;

/**
 * Marks a form as holding typing that is not saved yet (label: what it is, e.g. "New programme
 * item"); null or false when it holds none. Leaving the visit's tab then asks first.
 */
export function useUnsavedChanges(label: string | null | false): void {
  const registry = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, label || null);
    return () => registry?.set(id, null);
  }, [registry, id, label]);
}

/**
 * The visit view's guard: forms register their unsaved typing; `leave(action)` runs the action at
 * once when there is none, or asks first (`pending`, answered by `answer`). Closing the
 * window with unsaved typing asks too (beforeunload).
 */
export function useUnsavedGuard() {
  const dirty = useRef(new Map<string, string>());
  const [pending, setPending] = useState<{ labels: string[]; action: () => void } | null>(null);
  const registry = useMemo<Registry>(
    () => ({
      set(id, label) {
        if (label) dirty.current.set(id, label);
        else dirty.current.delete(id);
      },
    }),
    [],
  );
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current.size) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  const leave = useCallback((action: () => void) => {
    if (!dirty.current.size) return action();
    setPending({ labels: [...new Set(dirty.current.values())], action });
  }, []);
  const answer = {
    stay: () => setPending(null),
    discard: () => {
      const action = pending?.action;
      dirty.current.clear();
      setPending(null);
      action?.();
    },
  };
  return { registry, leave, pending, answer };
}
