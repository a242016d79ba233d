import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { zip, type ZipEntry } from './zip';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

const ENTRIES: ZipEntry[] = [
  {
    name: '[Content_Types].xml',
    data: `<Types>${'<Default Extension="xml" ContentType="application/xml"/>'.repeat(9)}</Types>`,
  },
  {
    name: 'word/document.xml',
    data: `<w:document>${'<w:p><w:r><w:t>Ankara</w:t></w:r></w:p>'.repeat(500)}</w:document>`,
  },
  { name: 'word/média/Türkiye – ✓.bin', data: crypto.randomBytes(4096) }, // incompressible, non-ASCII name
  { name: 'empty.txt', data: '' },
  { name: 'docProps/app.xml', data: new Uint8Array(Buffer.from('Ünïcode ☐☒', 'utf8')) }, // too short to shrink
];

const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));

/** Each local header's name, compression method and flags, walking the archive from the start. */
function localHeaders(archive: Buffer) {
  const out: { name: string; method: number; flags: number; crc: number }[] = [];
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const nameLength = archive.readUInt16LE(at + 26);
    const size = archive.readUInt32LE(at + 18);
    out.push({
      flags: archive.readUInt16LE(at + 6),
      method: archive.readUInt16LE(at + 8),
      crc: archive.readUInt32LE(at + 14),
      name: archive.toString('utf8', at + 30, at + 30 + nameLength),
    });
    at += 30 + nameLength + archive.readUInt16LE(at + 28) + size;
  }
  return out;
}

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('the zip writer', () => {
  it('round-trips through JSZip with CRC checks: same names, same bytes, same order', async () => {
    const read = await JSZip.loadAsync(zip(ENTRIES), { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(ENTRIES.map((e) => e.name));
    for (const entry of ENTRIES)
      expect(Buffer.from(await read.file(entry.name)!.async('uint8array'))).toEqual(bytes(entry.data));
  });

  it('writes UTF-8 names, DEFLATE (an empty entry stored), with the CRC-32 of the data', () => {
    const headers = localHeaders(zip(ENTRIES));
    expect(headers.map((h) => h.name)).toEqual(ENTRIES.map((e) => e.name));
    // fflate flags UTF-8 on the names that need it
    expect(headers[2]!.flags & 0x0800).not.toBe(0);
    expect(headers.map((h) => h.method)).toEqual([8, 8, 8, 0, 8]);
    expect(headers.map((h) => h.crc)).toEqual(ENTRIES.map((e) => zlib.crc32(bytes(e.data))));
  });

  it.skipIf(!hasUnzip)('passes `unzip -t`', () => {
    tmp = tempDir();
    const file = tmp.file('test.zip');
    fs.writeFileSync(file, zip(ENTRIES));
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(r.stdout).toContain('No errors detected');
    expect(r.status).toBe(0);
  });

  it('gives an empty archive for no entries', async () => {
    const archive = zip([]);
    expect(archive.length).toBe(22);
    expect(Object.keys((await JSZip.loadAsync(archive)).files)).toEqual([]);
  });
});
