import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../app/api/desktop';
import { menuCommandTarget } from './api/menuCommands';
import { useDesktopMenu } from './api/useDesktopMenu';
import { routeFromHash, routeToHash, type Route } from './route';
import { NoteView } from './views/note/NoteView';
import { TemplateEditorView } from './views/templates/TemplateEditorView';
import { TemplatesView } from './views/templates/TemplatesView';
import { SettingsView } from './views/settings/SettingsView';
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

  // File → New visit in the desktop app: each request opens the visit list's new-visit form. Back
  // to 0 once the list is left, so coming back to it later does not reopen the form.
  const [newVisitRequest, setNewVisitRequest] = useState(0);
  if (route.name !== 'visits' && newVisitRequest !== 0) setNewVisitRequest(0);
  const onMenuCommand = useCallback(
    (command: MenuCommand) => {
      const target = menuCommandTarget(command);
      // Already there (e.g. New visit on the list): no second history entry for the same page.
      if (routeToHash(target.route) !== window.location.hash) go(target.route);
      if (target.openNewVisitForm) setNewVisitRequest((n) => n + 1);
    },
    [go],
  );
  useDesktopMenu(route, onMenuCommand);

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
          <button
            type="button"
            className="button link"
            aria-current={route.name === 'settings' ? 'page' : undefined}
            onClick={() => go({ name: 'settings' })}
          >
            Settings
          </button>
        </nav>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        {route.name === 'visits' && (
          <VisitList newVisitRequest={newVisitRequest} onOpen={(id) => go({ name: 'visit', id, tab: 'overview' })} />
        )}
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
        {route.name === 'settings' && <SettingsView />}
        {route.name === 'templates' && <TemplatesView onOpen={(id) => go({ name: 'template', id })} />}
        {route.name === 'template' && (
          <TemplateEditorView key={route.id} id={route.id} onBack={() => go({ name: 'templates' })} />
        )}
      </main>
    </div>
  );
}
