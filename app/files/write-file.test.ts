import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('never writes through something planted at the temp name (random name, opened with wx)', () => {
    const victim = tmp.file('victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const target = tmp.file('pack.docx');
    // The names the old scheme (.pack.docx.<pid>.<ms>.tmp) would use in the next two seconds.
    const now = Date.now();
    for (let ms = now; ms < now + 2000; ms++) {
      fs.symlinkSync(victim, tmp.file(`.pack.docx.${process.pid}.${ms}.tmp`));
    }
    const open = vi.spyOn(fs, 'openSync');
    try {
      writeFileAtomic(target, 'the pack');
      writeFileAtomic(target, 'the pack, again');
      const temps = open.mock.calls.map(([name, flags]) => [path.basename(String(name)), flags]);
      expect(temps).toHaveLength(2);
      for (const [name, flags] of temps) {
        expect(flags).toBe('wx');
        expect(name).toMatch(/^\.pack\.docx\.[0-9a-f]{24}\.tmp$/);
      }
      expect(temps[0]![0]).not.toBe(temps[1]![0]);
    } finally {
      open.mockRestore();
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.readFileSync(target, 'utf8')).toBe('the pack, again');
  });
});
