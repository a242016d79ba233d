import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
// The worker ships inside dist/renderer (Vite copies it as an asset): served from the app's own
// origin, so the CSP's worker-src 'self' covers it and nothing is fetched from anywhere else.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

/** pdf.js is loaded with the first preview, not with the app (~1 MB the editor never needs). */
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist'));

export interface OpenPdf {
  /** Each page's height over its width (A4 1.41, Letter 1.29): the room a page takes before it is drawn. */
  aspects: number[];
  /** Draws a page at a CSS width into `into`: a canvas for the eye and pdf.js's text layer for reading and selecting. */
  render(pageNumber: number, into: HTMLElement, cssWidth: number): Cancelable;
  close(): void;
}

export interface Cancelable {
  done: Promise<void>;
  cancel(): void;
}

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Opens the PDF bytes export.pdf made with pdf.js: its own module worker (no eval: the CSP has no
 * 'unsafe-eval'), no fetching of fonts, character maps or decoders (the PDF embeds its fonts).
 */
export async function openPdf(base64: string): Promise<OpenPdf> {
  const lib = await loadPdfJs();
  const worker = new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  const pdfWorker = new lib.PDFWorker({ port: worker as never });
  // A worker that cannot start (refused by the CSP, missing from dist) only says so in an event.
  const failedToStart = new Promise<never>((_, reject) =>
    worker.addEventListener('error', () => reject(new Error('the PDF reader (pdf.js) could not start')), {
      once: true,
    }),
  );
  let doc: PDFDocumentProxy;
  try {
    const loading = lib.getDocument({
      data: bytesOf(base64),
      worker: pdfWorker,
      isEvalSupported: false,
      enableXfa: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      useWasm: false,
      stopAtErrors: true,
    });
    doc = await Promise.race([loading.promise, failedToStart]);
  } catch (e) {
    pdfWorker.destroy();
    worker.terminate();
    throw e;
  }
  const proxies: PDFPageProxy[] = [];
  for (let n = 1; n <= doc.numPages; n++) proxies.push(await doc.getPage(n));
  const aspects = proxies.map((p) => {
    const v = p.getViewport({ scale: 1 });
    return v.height / v.width;
  });

  function render(pageNumber: number, into: HTMLElement, cssWidth: number): Cancelable {
    const page = proxies[pageNumber - 1]!;
    const scale = cssWidth / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    text.className = 'textLayer';
    into.style.setProperty('--total-scale-factor', String(scale));
    let task: RenderTask | undefined;
    let textLayer: InstanceType<PdfJs['TextLayer']> | undefined;
    let cancelled = false;
    const done = (async () => {
      task = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await task.promise;
      if (cancelled) return;
      textLayer = new lib.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport });
      await textLayer.render();
      if (cancelled) return;
      into.replaceChildren(canvas, text);
    })().catch((e: unknown) => {
      if (cancelled || (e as Error)?.name === 'RenderingCancelledException') return;
      throw e;
    });
    return {
      done,
      cancel() {
        cancelled = true;
        task?.cancel();
        textLayer?.cancel();
      },
    };
  }

  return {
    aspects,
    render,
    close() {
      void doc.destroy();
      pdfWorker.destroy();
      worker.terminate();
    },
  };
}
