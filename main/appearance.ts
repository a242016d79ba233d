import { z } from 'zod';

/**
 * Light or dark: the renderer follows prefers-color-scheme (renderer/styles/tokens.css), which
 * Electron drives from nativeTheme.themeSource, so the choice is made here and nowhere else.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const APPEARANCE_FILE_NAME = 'appearance.json';
export const Appearance = z.object({ theme: z.enum(THEMES) });
export type Appearance = z.infer<typeof Appearance>;
