import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../api/result';

/**
 * A file shipped in resources/, found from here upwards: the sources, the bundled CLI and the
 * packaged app put this module at different depths.
 */
export function findResource(relative: string, from = __dirname): string {
  for (let dir = from, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', relative);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new AppFailure('storage_error', `The file resources/${relative} is missing from this installation.`);
}
