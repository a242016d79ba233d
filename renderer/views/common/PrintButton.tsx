import { useCallback, useEffect, useState } from 'react';
import type { PrintTarget } from '../../../app/api/desktop';
import { canPrint, printDocument } from '../../api/documentExport';

/**
 * Print (Ctrl/⌘+P): the print view — the same page the PDF is made from — in the system's print
 * dialog. Desktop app only; a browser page has no print view to hand to the system.
 */
export function PrintButton({ target, before }: { target: PrintTarget; before?: () => Promise<unknown> }) {
  const [error, setError] = useState<string | null>(null);
  const available = canPrint();
  const key = JSON.stringify(target);

  const print = useCallback(async () => {
    setError(null);
    await before?.();
    const r = await printDocument(JSON.parse(key) as PrintTarget);
    if (!r.ok) setError(`Could not print: ${r.error.message}`);
  }, [key, before]);

  useEffect(() => {
    if (!available) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [available, print]);

  if (!available) return null;
  return (
    <span className="export-action">
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Control+P Meta+P"
        title="Print (Ctrl+P)"
        onClick={() => void print()}
      >
        Print…
      </button>
      {error && (
        <span role="alert" className="export-message export-error">
          {error}
        </span>
      )}
    </span>
  );
}
