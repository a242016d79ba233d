import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './ConfirmInline.css';

export interface ConfirmInlineProps {
  /** The question, naming what will happen: "Delete “Meeting brief”?" */
  question: string;
  /** What the user should know before answering (e.g. "This cannot be undone."). */
  children?: ReactNode;
  /** The label of the action button: a verb, e.g. "Delete note". */
  confirmLabel: string;
  /** Shown on the action button while onConfirm runs, e.g. "Deleting…". */
  busyLabel?: string;
  /** Marks the action as one that removes data (red, with a warning sign). */
  destructive?: boolean;
  onConfirm(): Promise<void> | void;
  onCancel(): void;
}

/**
 * An inline "are you sure?" in place of window.confirm: it sits beside what it is about, takes the
 * focus when it appears (on Cancel: the safe answer is the one Enter gives), Escape cancels, and
 * the focus goes back to the button that asked when it is cancelled.
 */
export function ConfirmInline({
  question,
  children,
  confirmLabel,
  busyLabel,
  destructive = false,
  onConfirm,
  onCancel,
}: ConfirmInlineProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Read while rendering, before the effect below moves the focus here.
  const [openedFrom] = useState(() => document.activeElement);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  function cancel() {
    onCancel();
    const from = openedFrom;
    // After React has removed this box; the asking button may be gone too (then focus stays put).
    queueMicrotask(() => {
      if (from instanceof HTMLElement && from.isConnected) from.focus();
    });
  }

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      // The caller usually unmounts this box; if it stays (a failure), it can be answered again.
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && !busy) {
      e.stopPropagation();
      cancel();
    }
  }

  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-question`}
      aria-describedby={children ? `${id}-details` : undefined}
      className={`confirm-inline${destructive ? ' confirm-destructive' : ''}`}
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-question`} className="confirm-question">
        {destructive && (
          <span className="confirm-sign" aria-hidden="true">
            !
          </span>
        )}
        {question}
      </p>
      {children && (
        <div id={`${id}-details`} className="confirm-details">
          {children}
        </div>
      )}
      <div className="confirm-actions">
        <button
          type="button"
          className={`button ${destructive ? 'danger' : 'primary'}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button" disabled={busy} onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
