import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { PrintTarget } from '../../../app/api/desktop';
import { canPrint, printDocument } from '../../api/documentExport';
import { errorInWords } from '../../api/errorWords';
import { PAPER_CHOICES, previewPdf, savePreviewedPdf, type Paper, type PreviewPdf } from '../../api/pdfPreview';
import { openPdf, type Cancelable, type OpenPdf } from './pdfPages';
import './PdfPreview.css';

/** The widest a page is drawn: past this, fitting the width only makes the text huge. */
const MAX_PAGE_WIDTH = 880;
/** Room left of and right of the pages inside the scrolling area (matches the CSS padding). */
const SIDE_ROOM = 2 * 24;

/**
 * "Preview": the PDF that Export to PDF and Print make (export.pdf over the one print view),
 * drawn page by page with pdf.js, with the paper, Print and Export to PDF at hand.
 */
export function PreviewButton({
  target,
  title,
  before,
}: {
  target: PrintTarget;
  /** What is previewed, for the dialog's name: the note's title, "Briefing pack". */
  title: string;
  /** Runs before the PDF is made (a pending save). */
  before?: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Preview
      </button>
      {open && <PdfPreview target={target} title={title} before={before} onClose={close} />}
    </>
  );
}

type Shown = { kind: 'loading' } | { kind: 'error'; text: string } | { kind: 'ready'; pdf: PreviewPdf; doc: OpenPdf };

export function PdfPreview({
  target,
  title,
  before,
  onClose,
}: {
  target: PrintTarget;
  title: string;
  before?: () => Promise<unknown>;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [paper, setPaper] = useState<Paper>(target.paper ?? 'A4');
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const [current, setCurrent] = useState(1);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const beforeRef = useRef(before);
  useEffect(() => {
    beforeRef.current = before;
  }, [before]);
  const withPaper = JSON.stringify({ ...target, paper });

  useLayoutEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    scroller.current?.focus();
  }, []);

  // The PDF for this target and paper, opened with pdf.js; closed again when either changes.
  useEffect(() => {
    let live = true;
    let opened: OpenPdf | undefined;
    void (async () => {
      await beforeRef.current?.();
      const r = await previewPdf(JSON.parse(withPaper) as PrintTarget);
      if (!live) return;
      if (!r.ok) return setShown({ kind: 'error', text: `Preview unavailable: ${errorInWords(r.error)}` });
      try {
        opened = await openPdf(r.value.base64);
      } catch (e) {
        if (live) setShown({ kind: 'error', text: `Preview unavailable: ${(e as Error).message ?? e}.` });
        return;
      }
      if (!live) return opened.close();
      setShown({ kind: 'ready', pdf: r.value, doc: opened });
    })();
    return () => {
      live = false;
      opened?.close();
    };
  }, [withPaper]);

  const print = useCallback(async () => {
    setMessage(null);
    const r = await printDocument(JSON.parse(withPaper) as PrintTarget);
    if (!r.ok) setMessage({ kind: 'error', text: `Could not print: ${errorInWords(r.error)}` });
  }, [withPaper]);

  async function exportPdf() {
    if (shown.kind !== 'ready') return;
    setBusy(true);
    setMessage(null);
    const r = await savePreviewedPdf(JSON.parse(withPaper) as PrintTarget, shown.pdf);
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: `Could not export: ${errorInWords(r.error)}` });
    if (r.value) setMessage({ kind: 'done', text: `Exported ${r.value.fileName}` });
  }

  function onKeyDown(e: KeyboardEvent) {
    // Ctrl/⌘+P here prints what is previewed (this paper), not the view behind the dialog.
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p' && canPrint()) {
      e.preventDefault();
      e.stopPropagation();
      void print();
    }
  }

  const pages = shown.kind === 'ready' ? shown.doc.aspects.length : 0;
  return (
    <dialog ref={dialog} className="pdf-preview" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      <div className="pdf-preview-bar">
        <h2 id={titleId} className="pdf-preview-title">
          Preview: {title}
        </h2>
        <span className="pdf-preview-position">{pages > 0 && `Page ${Math.min(current, pages)} of ${pages}`}</span>
        <label className="pdf-preview-paper">
          Paper{' '}
          <select
            value={paper}
            onChange={(e) => {
              setPaper(e.target.value as Paper);
              setShown({ kind: 'loading' });
              setCurrent(1);
              scroller.current?.scrollTo(0, 0);
            }}
          >
            {PAPER_CHOICES.map((p) => (
              <option key={p} value={p}>
                {p === 'Letter' ? 'US Letter' : p}
              </option>
            ))}
          </select>
        </label>
        {canPrint() && (
          <button
            type="button"
            className="button"
            aria-keyshortcuts="Control+P Meta+P"
            disabled={shown.kind !== 'ready'}
            onClick={() => void print()}
          >
            Print…
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={shown.kind !== 'ready' || busy}
          onClick={() => void exportPdf()}
        >
          {busy ? 'Exporting…' : 'Export to PDF'}
        </button>
        <button type="button" className="button primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`pdf-preview-message export-message export-${message.kind}`}
        >
          {message.text}
        </p>
      )}
      {shown.kind === 'ready' && shown.pdf.warnings.length > 0 && (
        <p className="pdf-preview-warnings">
          {shown.pdf.warnings.length} warning(s): {shown.pdf.warnings.join('; ')}
        </p>
      )}
      <div
        ref={scroller}
        className="pdf-preview-pages"
        role="region"
        aria-label="Pages"
        aria-busy={shown.kind === 'loading'}
        tabIndex={0}
      >
        {shown.kind === 'loading' && (
          <p role="status" className="pdf-preview-state">
            Making the PDF…
          </p>
        )}
        {shown.kind === 'error' && (
          <p role="alert" className="pdf-preview-state pdf-preview-error">
            {shown.text}
          </p>
        )}
        {shown.kind === 'ready' && <Pages doc={shown.doc} scroller={scroller} onCurrent={setCurrent} />}
      </div>
    </dialog>
  );
}

/**
 * The pages, each as tall as its paper at the width available. Only those near the view are drawn
 * (a 60-page book would otherwise hold 60 full-size canvases); those far away are let go.
 */
function Pages({
  doc,
  scroller,
  onCurrent,
}: {
  doc: OpenPdf;
  scroller: RefObject<HTMLDivElement | null>;
  onCurrent: (page: number) => void;
}) {
  const [width, setWidth] = useState(0);
  const slots = useRef<(HTMLElement | null)[]>([]);

  // Fit to width: measured now, and again (settled) when the window or the dialog changes size.
  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setWidth(Math.max(200, Math.min(el.clientWidth - SIDE_ROOM, MAX_PAGE_WIDTH)));
    measure();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, 120);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [scroller]);

  useEffect(() => {
    if (!width) return;
    const jobs = new Map<HTMLElement, Cancelable>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const slot = entry.target as HTMLElement;
          const into = slot.firstElementChild as HTMLElement;
          jobs.get(slot)?.cancel();
          jobs.delete(slot);
          if (!entry.isIntersecting) {
            into.replaceChildren();
            delete slot.dataset.rendered;
            continue;
          }
          const job = doc.render(Number(slot.dataset.page), into, width);
          jobs.set(slot, job);
          job.done.then(
            () => {
              if (jobs.get(slot) === job) slot.dataset.rendered = 'true';
            },
            (e: unknown) => console.error('preview: page not drawn', e),
          );
        }
      },
      { root: scroller.current, rootMargin: '150% 0px' },
    );
    for (const slot of slots.current) if (slot) observer.observe(slot);
    return () => {
      observer.disconnect();
      for (const job of jobs.values()) job.cancel();
    };
  }, [doc, width, scroller]);

  // "Page X of Y": the page under the upper third of the view.
  useEffect(() => {
    const el = scroller.current!;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const line = el.scrollTop + el.clientHeight / 3;
        const i = slots.current.findIndex((s) => s && s.offsetTop + s.offsetHeight > line);
        onCurrent(i < 0 ? slots.current.length : i + 1);
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
    };
  }, [scroller, onCurrent]);

  const count = doc.aspects.length;
  return (
    <ol className="pdf-preview-list">
      {doc.aspects.map((aspect, i) => (
        <li
          key={i}
          ref={(el) => {
            slots.current[i] = el;
          }}
          className="pdf-page"
          data-page={i + 1}
          aria-label={`Page ${i + 1} of ${count}`}
          style={{ width: width || undefined, height: width ? width * aspect : undefined }}
        >
          <div className="pdf-page-content" />
        </li>
      ))}
    </ol>
  );
}
