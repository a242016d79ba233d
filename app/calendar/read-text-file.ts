import fs from 'node:fs';
import { AppFailure } from '../api/result';
import { describeFileError } from '../store/file-errors';

/** Reads a text file the user named (an .ics to import); a byte-order mark is dropped. */
export function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new AppFailure('invalid_input', `Cannot read ${file}: ${describeFileError(e)}.`);
  }
}
