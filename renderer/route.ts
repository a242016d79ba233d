import type { VisitTab } from './views/visit/VisitView';

export type Route =
  | { name: 'visits' }
  | { name: 'visit'; id: string; tab: VisitTab }
  | { name: 'note'; visitId: string; noteId: string }
  | { name: 'templates' }
  | { name: 'template'; id: string }
  | { name: 'settings' };

const TABS: VisitTab[] = ['overview', 'programme', 'people', 'notes', 'pack'];

/** The route lives in the URL's hash, so a reload (or a crash and restart) returns to the same place. */
export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'visits':
      return '#/';
    case 'visit':
      return `#/visits/${encodeURIComponent(route.id)}/${route.tab}`;
    case 'note':
      return `#/visits/${encodeURIComponent(route.visitId)}/notes/${encodeURIComponent(route.noteId)}`;
    case 'templates':
      return '#/templates';
    case 'template':
      return `#/templates/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
  }
}

export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'visits' && parts[1]) {
    if (parts[2] === 'notes' && parts[3]) return { name: 'note', visitId: parts[1], noteId: parts[3] };
    const tab = TABS.find((t) => t === parts[2]) ?? 'overview';
    return { name: 'visit', id: parts[1], tab };
  }
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'templates') return parts[1] ? { name: 'template', id: parts[1] } : { name: 'templates' };
  return { name: 'visits' };
}
