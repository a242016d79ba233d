import { useEffect, useState } from 'react';
import { DEFAULT_CLASSIFICATIONS } from '../../app/domain/classification';
import { call } from './client';

/**
 * The markings the installation allows (settings), in their order, plus `current` when it is no
 * longer listed, so a visit or note keeps the marking it has. Until the settings arrive (or if
 * they cannot be read) the default list is offered; the app still refuses a marking not allowed.
 */
export function useClassifications(current: string): string[] {
  const [allowed, setAllowed] = useState<readonly string[]>(DEFAULT_CLASSIFICATIONS);
  useEffect(() => {
    let live = true;
    void call('settings.get', {}).then((r) => {
      if (live && r.ok) setAllowed(r.value.classifications);
    });
    return () => {
      live = false;
    };
  }, []);
  return allowed.includes(current) ? [...allowed] : [...allowed, current];
}
