import type { MenuCommand } from '../../app/api/desktop';
import type { Route } from '../route';

/** Where a menu command takes the page, and whether the new-visit form opens there. */
export function menuCommandTarget(command: MenuCommand): { route: Route; openNewVisitForm: boolean } {
  switch (command.command) {
    case 'new-visit':
      return { route: { name: 'visits' }, openNewVisitForm: true };
    case 'open-visit':
      return { route: { name: 'visit', id: command.visitId, tab: 'overview' }, openNewVisitForm: false };
    case 'open-note':
      return { route: { name: 'note', visitId: command.visitId, noteId: command.noteId }, openNewVisitForm: false };
  }
}

/** The visit a route shows (its notes included): what the File menu's exports act on. */
export function openVisitOf(route: Route): string | null {
  if (route.name === 'visit') return route.id;
  if (route.name === 'note') return route.visitId;
  return null;
}
