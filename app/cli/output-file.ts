import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../api/result';

/**
 * Checks, before anything is done, that --out names a file that can be written: its folder must
 * already exist (a mistyped folder is a mistake to report, not a folder to create) and it must not
 * itself be a folder.
 */
export function checkOutputFile(file: string): string {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  const kind = (p: string) => {
    try {
      const stat = fs.statSync(p, { throwIfNoEntry: false });
      return stat ? (stat.isDirectory() ? 'folder' : 'file') : 'missing';
    } catch {
      return 'missing'; // a file stands somewhere on the way: the folder is not there
    }
  };
  if (kind(target) === 'folder') throw new AppFailure('invalid_input', `--out ${file} is a folder; name a file in it.`);
  const folderKind = kind(folder);
  if (folderKind === 'missing') throw new AppFailure('invalid_input', `--out: the folder ${folder} does not exist.`);
  if (folderKind === 'file') throw new AppFailure('invalid_input', `--out: ${folder} is a file, not a folder.`);
  return file;
}
