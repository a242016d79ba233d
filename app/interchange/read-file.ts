import fs from 'node:fs';
import { AppFailure } from '../api/result';
import { describeFileError } from '../store/file-errors';
import { MAX_VISIT_FILE_BYTES } from './format';
import { tooLarge } from './import';

/**
 * Reads a JSON file the user named: a visit file to import (the CLI and the desktop app's
 * File → Import), a note's content for `note put`; over 64 MB it is refused unread. A byte-order mark, which Windows editors like
 * to add, is not an error.
 */
export function readJsonFile(file: string, maxBytes = MAX_VISIT_FILE_BYTES): unknown {
  const text = readVisitFileText(file, maxBytes);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppFailure('invalid_input', `${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A file's text, measured before it is read: a huge file is refused without being loaded. */
export function readVisitFileText(file: string, maxBytes = MAX_VISIT_FILE_BYTES): string {
  try {
    const { size } = fs.statSync(file);
    if (size > maxBytes) throw tooLarge(size);
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('invalid_input', `Cannot read ${file}: ${describeFileError(e)}.`);
  }
}
