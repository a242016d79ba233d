import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../api/result';
import { describeFileError } from '../store/file-errors';
import { MAX_DOCX_BYTES } from './limits';

/**
 * Reads a Word document the user named (the CLI, the desktop app's File → Import Word document),
 * its size checked before the bytes are read. The title offered is the file's name.
 */
export function readDocxFile(file: string): { base64: string; title: string } {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_DOCX_BYTES)
      throw new AppFailure(
        'invalid_input',
        `${path.basename(file)} is ${Math.round(size / 1024 / 1024)} MB; Word documents larger than 50 MB cannot be imported. Save a copy without pictures and import that.`,
      );
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('invalid_input', `Cannot read ${file}: ${describeFileError(e)}.`);
  }
  const title = path
    .basename(file)
    .replace(/\.docx$/i, '')
    .trim()
    .slice(0, 300);
  return { base64: bytes.toString('base64'), title };
}
