import { useRef, useState } from 'react';
import { notesApi } from '../../api/notesApi';
import { errorInWords } from '../../api/errorWords';

const MAX_BYTES = 50 * 1024 * 1024;

/** The file's bytes as base64, in chunks (a spread of a large array overflows the call stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * "Import .docx": a Word document becomes a new note of the visit (the same import as File →
 * Import Word document… and `briefing import-docx`). What happened is said in words beside it.
 */
export function ImportDocxButton({
  visitId,
  onImported,
  onError,
}: {
  visitId: string;
  onImported: (message: string) => void;
  /** A sentence saying why nothing was imported; null when a new import starts. */
  onError: (message: string | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const setError = onError;

  async function importFile(file: File) {
    setError(null);
    if (file.size > MAX_BYTES)
      return setError(
        `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; Word documents larger than 50 MB cannot be imported. Save a copy without pictures and import that.`,
      );
    setBusy(true);
    const title = file.name
      .replace(/\.docx$/i, '')
      .trim()
      .slice(0, 300);
    const r = await notesApi.importDocx(visitId, await base64Of(file), title || undefined);
    setBusy(false);
    if (!r.ok) return setError(`${file.name} could not be imported: ${errorInWords(r.error)} Nothing was imported.`);
    onImported(`Imported “${r.value.note.title}” as a new note.${r.value.notice ? ` ${r.value.notice}` : ''}`);
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label="Word document to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import .docx'}
      </button>
    </>
  );
}
