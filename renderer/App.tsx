import { useState } from 'react';
import { VisitList } from './views/visits/VisitList';
import { VisitView } from './views/visit/VisitView';

export type Route = { name: 'visits' } | { name: 'visit'; id: string };

export function App() {
  const [route, setRoute] = useState<Route>({ name: 'visits' });
  return (
    <div className="app">
      <header className="app-header">
        <button type="button" className="brand" onClick={() => setRoute({ name: 'visits' })}>
          Briefing
        </button>
      </header>
      <main className="app-main">
        {route.name === 'visits' && <VisitList onOpen={(id) => setRoute({ name: 'visit', id })} />}
        {route.name === 'visit' && <VisitView id={route.id} onBack={() => setRoute({ name: 'visits' })} />}
      </main>
    </div>
  );
}
