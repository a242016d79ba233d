import { useCallback, useEffect, useState } from 'react';
import { routeFromHash, routeToHash, type Route } from './route';
import { NoteView } from './views/note/NoteView';
import { TemplateEditorView } from './views/templates/TemplateEditorView';
import { TemplatesView } from './views/templates/TemplatesView';
import { VisitList } from './views/visits/VisitList';
import { VisitView } from './views/visit/VisitView';

export type { Route };

export function App() {
  const [route, setRouteState] = useState<Route>(() => routeFromHash(window.location.hash));
  // One message for the next view only (e.g. "Deleted …" on the notes list after deleting a note).
  const [notice, setNotice] = useState<string | null>(null);

  const go = useCallback((next: Route, replace = false) => {
    setNotice(null);
    const hash = routeToHash(next);
    if (replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRouteState(next);
  }, []);

  useEffect(() => {
    const onPop = () => {
      setNotice(null);
      setRouteState(routeFromHash(window.location.hash));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <button type="button" className="brand" onClick={() => go({ name: 'visits' })}>
          Briefing
        </button>
        <nav className="app-nav" aria-label="Sections">
          <button
            type="button"
            className="button link"
            aria-current={
              route.name === 'visits' || route.name === 'visit' || route.name === 'note' ? 'page' : undefined
            }
            onClick={() => go({ name: 'visits' })}
          >
            Visits
          </button>
          <button
            type="button"
            className="button link"
            aria-current={route.name === 'templates' || route.name === 'template' ? 'page' : undefined}
            onClick={() => go({ name: 'templates' })}
          >
            Templates
          </button>
        </nav>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        {route.name === 'visits' && <VisitList onOpen={(id) => go({ name: 'visit', id, tab: 'overview' })} />}
        {route.name === 'visit' && (
          <VisitView
            id={route.id}
            tab={route.tab}
            onTab={(tab) => go({ name: 'visit', id: route.id, tab }, true)}
            onBack={() => go({ name: 'visits' })}
            onOpenNote={(noteId) => go({ name: 'note', visitId: route.id, noteId })}
            notice={notice}
          />
        )}
        {route.name === 'note' && (
          <NoteView
            key={route.noteId}
            id={route.noteId}
            backLabel="Back to the visit"
            onBack={() => go({ name: 'visit', id: route.visitId, tab: 'notes' })}
            onDeleted={(title) => {
              // Replace: Back must not lead to the note that is gone.
              go({ name: 'visit', id: route.visitId, tab: 'notes' }, true);
              setNotice(`Deleted “${title}”.`);
            }}
          />
        )}
        {route.name === 'templates' && <TemplatesView onOpen={(id) => go({ name: 'template', id })} />}
        {route.name === 'template' && (
          <TemplateEditorView key={route.id} id={route.id} onBack={() => go({ name: 'templates' })} />
        )}
      </main>
    </div>
  );
}
