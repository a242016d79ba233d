import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuState } from './menu';

const STATE: MenuState = { isMac: false, isDev: false, hasOpenVisit: true, theme: 'system' };

function menu(state: Partial<MenuState> = {}) {
  const calls: string[] = [];
  const actions: MenuActions = {
    newVisit: () => calls.push('newVisit'),
    importVisit: () => calls.push('importVisit'),
    importDocx: () => calls.push('importDocx'),
    exportVisitJson: () => calls.push('exportVisitJson'),
    exportPack: () => calls.push('exportPack'),
    exportPackPdf: () => calls.push('exportPackPdf'),
    printPack: () => calls.push('printPack'),
    backUpNow: () => calls.push('backUpNow'),
    setTheme: (t) => calls.push(`setTheme:${t}`),
    about: () => calls.push('about'),
  };
  return { template: buildMenuTemplate({ ...STATE, ...state }, actions), calls };
}

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((m) => m.label === label || m.role === label)!.submenu as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((i) => i.label ?? i.role ?? i.type).filter((l) => l !== 'separator');
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View and Help, with the File items in order', () => {
    const { template } = menu();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    expect(labels(submenu(template, 'File'))).toEqual([
      'New visit',
      'Import visit…',
      'Import Word document…',
      'Export visit to JSON…',
      'Export briefing pack to Word…',
      'Export briefing pack to PDF…',
      'Print briefing pack…',
      'Back up now',
      'quit',
    ]);
  });

  it('runs the matching action for each File item and for About', () => {
    const { template, calls } = menu();
    const file = submenu(template, 'File').filter((i) => i.click);
    file.forEach(click);
    click(submenu(template, 'help').find((i) => i.label === 'About Briefing'));
    expect(calls).toEqual([
      'newVisit',
      'importVisit',
      'importDocx',
      'exportVisitJson',
      'exportPack',
      'exportPackPdf',
      'printPack',
      'backUpNow',
      'about',
    ]);
  });

  it('disables the exports and the Word import when no visit is open', () => {
    const closed = submenu(menu({ hasOpenVisit: false }).template, 'File');
    const open = submenu(menu({ hasOpenVisit: true }).template, 'File');
    for (const id of ['import-docx', 'export-visit-json', 'export-pack', 'export-pack-pdf', 'print-pack']) {
      expect(closed.find((i) => i.id === id)!.enabled).toBe(false);
      expect(open.find((i) => i.id === id)!.enabled).toBe(true);
    }
    expect(closed.find((i) => i.id === 'new-visit')!.enabled).toBeUndefined();
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (isDev: boolean) => submenu(menu({ isDev }).template, 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('ticks the current theme and switches on click', () => {
    const { template, calls } = menu({ theme: 'dark' });
    const themes = submenu(submenu(template, 'View'), 'Theme');
    expect(themes.map((t) => [t.label, t.checked])).toEqual([
      ['Same as the system', false],
      ['Light', false],
      ['Dark', true],
    ]);
    click(themes[1]);
    expect(calls).toEqual(['setTheme:light']);
  });

  it('follows macOS conventions: the app menu first, Close rather than Quit in File', () => {
    const { template } = menu({ isMac: true });
    expect(template[0]!.role).toBe('appMenu');
    const file = submenu(template, 'File').map((i) => i.role);
    expect(file).toContain('close');
    expect(file).not.toContain('quit');
  });
});
