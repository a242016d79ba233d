import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { NoteContent } from '../../../app/domain/content';
import { messagesByField } from '../../api/client';
import { templatesApi } from '../../api/templatesApi';
import { FieldError } from '../visit/FieldError';
import { useToast } from '../common/Toast';

/**
 * "Save as template": the note's current content (saved first) becomes one of the user's own
 * templates, offered in "New note" from then on. Fields stay fields, so they fill in afresh.
 */
export function SaveAsTemplate({
  defaultName,
  currentContent,
}: {
  defaultName: string;
  /** The note as saved, after any pending change is flushed. */
  currentContent: () => Promise<NoteContent | null>;
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  const close = () => {
    setOpen(false);
    setRefocus(true);
  };
  useEffect(() => {
    if (!refocus || open) return;
    opener.current?.focus();
    setRefocus(false); // eslint-disable-line react-hooks/set-state-in-effect -- one-shot after closing
  }, [refocus, open]);
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const content = await currentContent();
    if (!content) {
      setBusy(false);
      return setError('The note could not be read; nothing was saved.');
    }
    const r = await templatesApi.save({ name, description, content });
    setBusy(false);
    if (r.ok) {
      close();
      toast({ text: `Saved as the template “${r.value.name}”: it is offered in New note.` });
    } else {
      setErrors(messagesByField(r.error));
      setError(r.error.code === 'invalid_input' ? 'Please correct the fields marked below.' : r.error.message);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button" ref={opener} onClick={() => setOpen(true)}>
        Save as template
      </button>
    );
  }
  return (
    <form
      className="card form save-template"
      aria-label="Save as template"
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        // Escape closes the form and hands focus back to the button that opened it.
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="template-name">Template name</label>
        <input
          id="template-name"
          value={name}
          autoFocus
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'template-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <FieldError id="template-name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="template-description">What it is for</label>
        <input id="template-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        <FieldError id="template-description-error" message={errors.description} />
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Save template
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
