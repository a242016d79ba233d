import { useCallback, useEffect, useState } from 'react';
import { BUILT_IN_TEMPLATES_CATALOGUE } from '../../../app/templates/catalogue';
import { templatesApi, type UserTemplate } from '../../api/templatesApi';
import { formatDateTime } from '../../format';
import { ConfirmInline } from '../common/ConfirmInline';
import { useToast } from '../common/Toast';

/** The templates: the six built-in ones (read-only) and the user's own, to edit or delete. */
export function TemplatesView({ onOpen }: { onOpen: (id: string) => void }) {
  const [templates, setTemplates] = useState<UserTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const toast = useToast();

  const load = useCallback(
    () =>
      templatesApi.list().then((r) => {
        if (r.ok) {
          setTemplates(r.value);
          setError(null);
        } else setError(`Could not load the templates: ${r.error.message}`);
      }),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function remove(template: UserTemplate) {
    const r = await templatesApi.remove(template.id);
    setConfirming(null);
    if (!r.ok) return setError(`Could not delete “${template.name}”: ${r.error.message}`);
    toast({ text: `Deleted the template “${template.name}”. Notes made from it keep their content.` });
    await load();
  }

  return (
    <section className="page" aria-labelledby="templates-heading">
      <div className="page-head">
        <h1 id="templates-heading">Templates</h1>
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <div className="panel">
        <h2>Your templates</h2>
        {templates?.length === 0 && (
          <p className="empty">
            None yet. Open a note whose structure you want to reuse and choose “Save as template”.
          </p>
        )}
        {templates && templates.length > 0 && (
          <table className="data-table" aria-label="Your templates">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">What it is for</th>
                <th scope="col">Last changed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((t) => (
                <tr key={t.id}>
                  <td>
                    <button type="button" className="button link row-link" onClick={() => onOpen(t.id)}>
                      {t.name}
                    </button>
                  </td>
                  <td className="muted">{t.description}</td>
                  <td className="muted">{formatDateTime(t.updatedAt)}</td>
                  <td className="row-actions">
                    {confirming === t.id ? (
                      <ConfirmInline
                        question={`Delete the template “${t.name}”?`}
                        confirmLabel="Delete template"
                        busyLabel="Deleting…"
                        destructive
                        onConfirm={() => remove(t)}
                        onCancel={() => setConfirming(null)}
                      >
                        Notes made from it keep their content.
                      </ConfirmInline>
                    ) : (
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Delete ${t.name}`}
                        onClick={() => setConfirming(t.id)}
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="panel">
        <h2>Built in</h2>
        <ul className="builtin-templates">
          {BUILT_IN_TEMPLATES_CATALOGUE.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong> <span className="muted">{t.description}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
