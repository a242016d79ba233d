import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteContent } from '../../../app/domain/content';
import { messagesByField, send } from '../../api/client';
import { templatesApi, type UserTemplate } from '../../api/templatesApi';
import { NoteEditor } from '../../editor/NoteEditor';
import type { SaveState } from '../../editor/autosave';
import { SaveIndicator } from '../note/SaveIndicator';
import { FieldError } from '../visit/FieldError';
import { errorInWords } from '../../api/errorWords';

/**
 * One of the user's templates: its name and purpose, and its content in the editor, saved as the
 * user types like a note. Templates have no history, so the editor's revision only counts saves.
 */
export function TemplateEditorView({ id, onBack }: { id: string; onBack: () => void }) {
  const [template, setTemplate] = useState<UserTemplate | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Name and description are saved with the content: the latest typed ones, read at save time.
  const details = useRef({ name: '', description: '' });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const lastContent = useRef<NoteContent | string | null>(null);

  useEffect(() => {
    void templatesApi.list().then((r) => {
      const found = r.ok ? r.value.find((t) => t.id === id) : undefined;
      if (!found) return setLoadError(r.ok ? 'This template no longer exists.' : r.error.message);
      setTemplate(found);
      setName(found.name);
      setDescription(found.description);
      details.current = { name: found.name, description: found.description };
      lastContent.current = found.content;
    });
  }, [id]);

  const saveAll = useCallback(
    async (content: NoteContent | string) => {
      lastContent.current = content;
      const r = await templatesApi.save({ id, ...details.current, content });
      setErrors(r.ok ? {} : messagesByField(r.error));
      return r;
    },
    [id],
  );
  const save = useCallback(
    async (contentJson: string, baseRevision: number) => {
      const r = await saveAll(contentJson);
      return r.ok ? { ok: true as const, value: { revision: baseRevision + 1 } } : r;
    },
    [saveAll],
  );

  async function saveDetails() {
    details.current = { name, description };
    if (!lastContent.current) return;
    setSaveState({ kind: 'saving' });
    const r = await saveAll(lastContent.current);
    setSaveState(r.ok ? { kind: 'saved' } : { kind: 'error', message: errorInWords(r.error) });
  }

  if (loadError) {
    return (
      <section className="page">
        <button type="button" className="button link" onClick={onBack}>
          ← All templates
        </button>
        <p role="alert" className="error-banner">
          Could not open the template: {loadError}
        </p>
      </section>
    );
  }
  if (!template) return <p className="muted page">Opening the template…</p>;

  return (
    <section className="page note-page" aria-labelledby="template-heading">
      <button type="button" className="button link" onClick={onBack}>
        ← All templates
      </button>
      <div className="note-head">
        <h1 id="template-heading">Template: {name || template.name}</h1>
        <SaveIndicator state={saveState} onRetry={() => void saveDetails()} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="template-edit-name">Name</label>
          <input
            id="template-edit-name"
            value={name}
            aria-invalid={errors.name ? true : undefined}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void saveDetails()}
          />
          <FieldError id="template-edit-name-error" message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="template-edit-description">What it is for</label>
          <input
            id="template-edit-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            onBlur={() => void saveDetails()}
          />
        </div>
      </div>
      <NoteEditor
        content={template.content}
        editable
        label={`Template: ${template.name}`}
        autosave={{
          baseRevision: 1,
          save,
          // Leaving the page: the last change goes without waiting for an answer.
          saveWithoutWaiting: (content) => send('templates.save', { id, ...details.current, content }),
          onState: setSaveState,
        }}
      />
    </section>
  );
}
