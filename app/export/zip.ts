import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated; written as UTF-8. */
  name: string;
  data: string | Uint8Array;
}

const encoder = new TextEncoder();

/**
 * A zip archive of the entries, in the order given ([Content_Types].xml first, as Word expects),
 * written by fflate (DEFLATE; empty entries stored). Kept behind this function so the exporter
 * does not depend on the library's shape.
 */
export function zip(entries: readonly ZipEntry[], modified = new Date()): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    files[entry.name] = [data, { level: data.length ? 6 : 0, mtime: modified }];
  }
  const archive = zipSync(files);
  return Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
}
