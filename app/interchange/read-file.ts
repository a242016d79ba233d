import fs from 'node:fs';
import { AppFailure } from '../api/result';
import { describeFileError } from '../store/file-errors';

/**
 * Reads a JSON file the user named: a visit file to import (the CLI and the desktop app's
 * File → Import), a note's content for `note put`. A byte-order mark, which Windows editors like
 * to add, is not an error.
 */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AppFailure('invalid_input', `Cannot read ${file}: ${describeFileError(e)}.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppFailure('invalid_input', `${file} is not valid JSON: ${(e as Error).message}`);
  }
}
