import type { MenuItemConstructorOptions } from 'electron';
import { THEMES, type Theme } from './appearance';

export interface MenuState {
  isMac: boolean;
  /** Reload and developer tools only while developing (not in an installed app). */
  isDev: boolean;
  /** The visit the window shows: File → Export acts on it, and is disabled without one. */
  hasOpenVisit: boolean;
  theme: Theme;
}

export interface MenuActions {
  newVisit(): void;
  importVisit(): void;
  importDocx(): void;
  exportVisitJson(): void;
  exportPack(): void;
  exportPackPdf(): void;
  printPack(): void;
  /** File → Export programme to calendar (.ics)… */
  exportCalendar?(): void;
  backUpNow(): void;
  setTheme(theme: Theme): void;
  about(): void;
}

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/** The application menu as plain data, so its shape is tested without Electron. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, isDev, hasOpenVisit } = state;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { id: 'new-visit', label: 'New visit', accelerator: 'CmdOrCtrl+N', click: () => actions.newVisit() },
        { type: 'separator' },
        { id: 'import-visit', label: 'Import visit…', accelerator: 'CmdOrCtrl+O', click: () => actions.importVisit() },
        {
          id: 'import-docx',
          label: 'Import Word document…',
          enabled: hasOpenVisit,
          click: () => actions.importDocx(),
        },
        {
          id: 'export-visit-json',
          label: 'Export visit to JSON…',
          enabled: hasOpenVisit,
          click: () => actions.exportVisitJson(),
        },
        {
          id: 'export-pack',
          label: 'Export briefing pack to Word…',
          enabled: hasOpenVisit,
          click: () => actions.exportPack(),
        },
        {
          id: 'export-pack-pdf',
          label: 'Export briefing pack to PDF…',
          enabled: hasOpenVisit,
          click: () => actions.exportPackPdf(),
        },
        {
          id: 'print-pack',
          label: 'Print briefing pack…',
          accelerator: 'CmdOrCtrl+Shift+P',
          enabled: hasOpenVisit,
          click: () => actions.printPack(),
        },
        ...(actions.exportCalendar
          ? [
              {
                id: 'export-calendar',
                label: 'Export programme to calendar (.ics)…',
                enabled: hasOpenVisit,
                click: () => actions.exportCalendar?.(),
              },
            ]
          : []),
        { type: 'separator' },
        { id: 'back-up-now', label: 'Back up now', click: () => actions.backUpNow() },
        { type: 'separator' },
        // macOS quits from the app menu; its File menu closes the window.
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: THEMES.map((theme) => ({
            id: `theme-${theme}`,
            label: THEME_LABELS[theme],
            type: 'radio' as const,
            checked: state.theme === theme,
            click: () => actions.setTheme(theme),
          })),
        },
      ],
    },
    { role: 'help', submenu: [{ id: 'about', label: 'About Briefing', click: () => actions.about() }] },
  ];
}
