import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ConfirmInline } from './ConfirmInline';
import { useReturnFocus } from './useReturnFocus';

/**
 * Escape for an inline form: it closes the form and the focus goes back to the control that opened
 * it; when the form holds typing not saved yet, it asks first (typing is never lost to one key).
 * `close` is also what the form's Cancel should call, for the same return of the focus.
 */
export function useEscapeToClose({
  dirty,
  onClose,
  discardQuestion,
}: {
  dirty: boolean;
  onClose: () => void;
  /** "Discard the new person?" */
  discardQuestion: string;
}): { onKeyDown: (e: KeyboardEvent) => void; close: () => void; confirm: ReactNode } {
  const returnFocus = useReturnFocus();
  const [asking, setAsking] = useState(false);
  const close = useCallback(() => {
    onClose();
    returnFocus();
  }, [onClose, returnFocus]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (dirty) setAsking(true);
    else close();
  };
  const confirm = asking ? (
    <ConfirmInline
      question={discardQuestion}
      confirmLabel="Discard changes"
      destructive
      onConfirm={close}
      onCancel={() => setAsking(false)}
    >
      <p>Cancel goes back to the form with your typing.</p>
    </ConfirmInline>
  ) : null;
  return { onKeyDown, close, confirm };
}
