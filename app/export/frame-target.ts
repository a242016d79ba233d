import type { Document } from 'docx';
import type { WordTarget } from './content-to-wordml';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink' as const;

// Never handed out by ListInstances (it starts at 1), nor used by the frame's own paragraphs.
const PROBE_INSTANCE = -1;

/**
 * The document's list numbering and hyperlink relationships, for content written into it.
 *
 * Every list is its own numbering instance (so each restarts at 1); a long note has hundreds, and
 * docx builds and serialises a component tree for each. Instead docx writes one probe instance
 * per numbering definition, whose `<w:num>` is the template for this document's instances, each
 * written with its own numId by `completeNumbering`: the same XML docx would write for them.
 */
export class FrameTarget implements WordTarget {
  private readonly numIds = new Map<string, number>();
  private readonly instances: { reference: string; numId: number; start?: { level: number; value: number } }[] = [];
  private readonly probes = new Map<string, number>();
  private nextNumId = 0;
  private links = 0;

  constructor(private readonly doc: Document) {}

  numId(reference: string, instance: number, start?: { level: number; value: number }): number {
    const key = `${reference}\u0000${instance}`;
    let numId = this.numIds.get(key);
    if (numId === undefined) {
      if (this.nextNumId === 0) this.nextNumId = Math.max(0, ...this.concrete().map((n) => n.numId)) + 1;
      if (!this.probes.has(reference)) this.probes.set(reference, this.create(reference, PROBE_INSTANCE));
      numId = this.nextNumId++;
      this.numIds.set(key, numId);
      this.instances.push({ reference, numId, start });
    }
    return numId;
  }

  hyperlink(target: string): string {
    const id = `Link${++this.links}`;
    this.doc.Document.Relationships.addRelationship(id, HYPERLINK, target, 'External');
    return id;
  }

  /** numbering.xml as docx wrote it, with the probes replaced by the instances the content used. */
  completeNumbering(numberingXml: string): string {
    const probeIds = new Set(this.probes.values());
    const ours = new Set(this.instances.map((i) => i.numId));
    if (this.concrete().some((n) => !probeIds.has(n.numId) && ours.has(n.numId)))
      throw new Error('A numbered paragraph of the frame took a numId of the content.');
    let xml = numberingXml;
    const templates = new Map<string, { before: string; after: string }>();
    for (const [reference, probeId] of this.probes) {
      const start = xml.indexOf(`<w:num w:numId="${probeId}">`);
      if (start < 0) throw new Error(`docx wrote no numbering instance for "${reference}".`);
      const end = xml.indexOf('</w:num>', start) + '</w:num>'.length;
      const element = xml.slice(start, end);
      const [before, after] = element.split(`w:numId="${probeId}"`) as [string, string];
      templates.set(reference, { before, after });
      xml = xml.slice(0, start) + xml.slice(end);
    }
    let nums = '';
    for (const { reference, numId, start } of this.instances) {
      const { before, after } = templates.get(reference)!;
      const element = `${before}w:numId="${numId}"${after}`;
      nums += start
        ? element.replace(
            '</w:num>',
            `<w:lvlOverride w:ilvl="${start.level}"><w:startOverride w:val="${start.value}"/></w:lvlOverride></w:num>`,
          )
        : element;
    }
    const close = xml.lastIndexOf('</w:numbering>');
    if (close < 0) throw new Error('docx wrote no numbering part.');
    return xml.slice(0, close) + nums + xml.slice(close);
  }

  private concrete() {
    return this.doc.Numbering.ConcreteNumbering;
  }

  private create(reference: string, instance: number): number {
    this.doc.Numbering.createConcreteNumberingInstance(reference, instance);
    const created = this.concrete().find(
      (n) => n.reference === reference && n.instance === instance && n.restartedListId === undefined,
    );
    if (!created) throw new Error(`No numbering definition "${reference}" in the document.`);
    return created.numId;
  }
}
