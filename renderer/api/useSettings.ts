import { useEffect, useState } from 'react';
import { call } from './client';

/** The settings the editor follows, with the defaults of app/store/settings.ts. */
export interface EditorSettings {
  briefPageLimit: number;
  smartQuotes: boolean;
}

const DEFAULTS: EditorSettings = { briefPageLimit: 2, smartQuotes: true };

/** The installation's editor settings; their defaults until (or unless) they are read. */
export function useSettings(): EditorSettings {
  const [settings, setSettings] = useState<EditorSettings>(DEFAULTS);
  useEffect(() => {
    let live = true;
    void call('settings.get', {}).then((r) => {
      if (live && r.ok) setSettings({ ...DEFAULTS, ...r.value });
    });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
