import { describe, expect, it } from 'vitest';
import { menuCommandTarget, openVisitOf } from './menuCommands';

describe('menu commands in the page', () => {
  it('New visit goes to the visit list with the form open', () => {
    expect(menuCommandTarget({ command: 'new-visit' })).toEqual({ route: { name: 'visits' }, openNewVisitForm: true });
  });

  it('an imported visit is shown on its overview', () => {
    expect(menuCommandTarget({ command: 'open-visit', visitId: 'v1' })).toEqual({
      route: { name: 'visit', id: 'v1', tab: 'overview' },
      openNewVisitForm: false,
    });
  });

  it('File → Export acts on the visit shown, also from one of its notes, and on none from the list', () => {
    expect(openVisitOf({ name: 'visit', id: 'v1', tab: 'people' })).toBe('v1');
    expect(openVisitOf({ name: 'note', visitId: 'v1', noteId: 'n1' })).toBe('v1');
    expect(openVisitOf({ name: 'visits' })).toBeNull();
  });
});
