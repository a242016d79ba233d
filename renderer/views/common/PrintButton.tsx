import { useCallback, useEffect } from 'react';
import type { PrintTarget } from '../../../app/api/desktop';
import { canPrint, printDocument } from '../../api/documentExport';
import { useToast } from './Toast';

/**
 * Print (Ctrl/⌘+P): the print view — the same page the PDF is made from — in the system's print
 * dialog. Desktop app only; a browser page has no print view to hand to the system.
 */
export function PrintButton({ target, before }: { target: PrintTarget; before?: () => Promise<unknown> }) {
  const toast = useToast();
  const available = canPrint();
  const key = JSON.stringify(target);

  const print = useCallback(async () => {
    await before?.();
    const r = await printDocument(JSON.parse(key) as PrintTarget);
    if (!r.ok) toast({ kind: 'error', text: `Could not print: ${r.error.message}` });
  }, [key, before, toast]);

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
    </span>
  );
}
