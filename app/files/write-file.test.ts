import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { writeFileAtomic } from './write-file';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('writeFileAtomic', () => {
  it('writes the whole file, replacing an older one', () => {
    const file = tmp.file('pack.docx');
    fs.writeFileSync(file, 'old');
    writeFileAtomic(file, 'new content');
    expect(fs.readFileSync(file, 'utf8')).toBe('new content');
    expect(fs.readdirSync(tmp.dir)).toEqual(['pack.docx']);
  });

  it('leaves no temp file behind when the target cannot be replaced (a folder of that name)', () => {
    fs.mkdirSync(tmp.file('pack.docx'));
    expect(() => writeFileAtomic(tmp.file('pack.docx'), 'content')).toThrow();
    expect(fs.readdirSync(tmp.dir)).toEqual(['pack.docx']);
  });
});
