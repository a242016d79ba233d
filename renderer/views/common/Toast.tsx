import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'info' | 'warning' | 'error';

export interface ToastMessage {
  kind?: ToastKind;
  text: string;
  /** One follow-up the message offers (e.g. "Export again with placeholders kept"). */
  action?: { label: string; run: () => void };
}

/** Long enough to read two lines; the clock stops while the pointer or the focus is on the message. */
export const TOAST_MS = 6000;

const ToastContext = createContext<(message: ToastMessage) => void>(() => {});

/** Shows a transient message in the window's one toast (replacing any message shown). */
export function useToast(): (message: ToastMessage) => void {
  return useContext(ToastContext);
}

/**
 * The window's messages about what just happened ("Exported …", "Deleted …"): one toast, fixed at
 * the bottom of the window, so nothing on the page moves when it comes and goes. Its text is in a
 * polite live region, present from the start so that screen readers announce what is put in it; an
 * error is an alert, announced as it appears. An information goes after a few seconds, unless the
 * pointer or the focus is on it; an error or a warning (something the user must read, such as
 * what an import left out) stays until closed.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastMessage & { id: number }) | null>(null);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const nextId = useRef(1);
  const box = useRef<HTMLDivElement>(null);
  // Where the focus was before it came into the toast: it goes back there when the toast closes.
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback((message: ToastMessage) => setToast({ ...message, id: nextId.current++ }), []);

  const close = useCallback(() => {
    const hadFocus = !!box.current?.contains(document.activeElement);
    setToast(null);
    setHeld({ hover: false, focus: false });
    if (hadFocus) {
      const back = returnFocus.current;
      if (back?.isConnected) back.focus();
      else document.getElementById('main')?.focus();
    }
    returnFocus.current = null;
  }, []);

  const lingers = !!toast && (toast.kind === 'error' || toast.kind === 'warning' || !!toast.action);
  const timed = !!toast && !lingers && !held.hover && !held.focus;
  const toastId = toast?.id;
  useEffect(() => {
    if (!timed) return;
    const timer = setTimeout(close, TOAST_MS);
    return () => clearTimeout(timer);
  }, [timed, toastId, close]);

  const kind = toast?.kind ?? 'info';
  const isError = kind === 'error';
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        ref={box}
        className={toast ? `toast toast-${kind}` : 'toast toast-empty'}
        onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
        onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
        onFocus={(e) => {
          const from = e.relatedTarget as HTMLElement | null;
          if (from && !box.current?.contains(from)) returnFocus.current = from;
          setHeld((h) => ({ ...h, focus: true }));
        }}
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && toast) {
            e.stopPropagation();
            close();
          }
        }}
      >
        <p className="toast-text" role="status" aria-live="polite" aria-atomic="true" aria-label="Messages">
          {toast && !isError ? toast.text : ''}
        </p>
        {toast && isError && (
          <p className="toast-text" role="alert" aria-label="Errors">
            {toast.text}
          </p>
        )}
        {toast?.action && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              const { run } = toast.action!;
              close();
              run();
            }}
          >
            {toast.action.label}
          </button>
        )}
        {toast && (
          <button type="button" className="toast-close" aria-label="Close message" title="Close" onClick={close}>
            ×
          </button>
        )}
      </div>
    </ToastContext.Provider>
  );
}
