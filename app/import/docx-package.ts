import path from 'node:path';
import type JSZip from 'jszip';

/**
 * Where a .docx keeps its parts. `word/document.xml` is only Word's habit: the main part is the
 * one `_rels/.rels` names as the officeDocument (Office 365 and Google Docs exports can name it
 * `word/document2.xml`), and its comments and numbering are the ones its own relationships name.
 */

const OFFICE_DOCUMENT = /\/officeDocument$/;

interface Relationship {
  type: string;
  target: string;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

/** The internal relationships of a part (or of the package, for `_rels/.rels`), targets resolved to zip paths. */
async function relationships(zip: JSZip, relsPath: string, base: string): Promise<Relationship[]> {
  const xml = (await zip.file(relsPath)?.async('string')) ?? '';
  const out: Relationship[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (!type || !target || /^external$/i.test(attribute(tag, 'TargetMode') ?? '')) continue;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(base, target);
    out.push({ type, target: path.posix.normalize(resolved) });
  }
  return out;
}

export interface DocxParts {
  /** The main document part, `word/document.xml` in most files. */
  document: string;
  comments: string;
  numbering: string;
}

export async function docxParts(zip: JSZip): Promise<DocxParts> {
  const fromPackage = (await relationships(zip, '_rels/.rels', '')).find((r) => OFFICE_DOCUMENT.test(r.type));
  const document = fromPackage && zip.file(fromPackage.target) ? fromPackage.target : 'word/document.xml';
  const dir = path.posix.dirname(document);
  const own = await relationships(zip, `${dir}/_rels/${path.posix.basename(document)}.rels`, dir);
  const part = (kind: string, fallback: string) =>
    own.find((r) => r.type.endsWith(`/${kind}`))?.target ?? `${dir}/${fallback}`;
  return { document, comments: part('comments', 'comments.xml'), numbering: part('numbering', 'numbering.xml') };
}
