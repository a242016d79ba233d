/** What a .docx import left out or changed, and the sentence that tells the user: light, for the main side. */

export interface DocxImportReport {
  /** Pictures, charts and drawings: not part of a briefing note. */
  images: number;
  /** Word comments (the commented text itself is kept). */
  comments: number;
  /** Insertions and deletions Word was tracking: the text comes in as if they were accepted. */
  trackedChanges: number;
  /** Tables in tables, paragraphs in list items: made rows and lines of text. */
  reshaped: number;
  /** Headers and footers that hold text: left out, as a note has its own marking and footer. */
  headersFooters?: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 images and 2 comments were not imported." — or null when everything came in. */
export function describeDocxImport(report: DocxImportReport): string | null {
  const left: string[] = [];
  if (report.images) left.push(plural(report.images, 'image', 'images'));
  if (report.comments) left.push(plural(report.comments, 'comment', 'comments'));
  const sentences: string[] = [];
  if (left.length) {
    const list = left.length === 1 ? left[0]! : `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]}`;
    const count = report.images + report.comments;
    sentences.push(`${list} ${count === 1 ? 'was' : 'were'} not imported.`);
  }
  if (report.trackedChanges)
    sentences.push(`${plural(report.trackedChanges, 'tracked change was', 'tracked changes were')} taken as accepted.`);
  if (report.headersFooters)
    sentences.push('The headers and footers were not imported: a note has its own marking and footer.');
  if (report.reshaped)
    sentences.push(
      `${plural(report.reshaped, 'table or paragraph', 'tables or paragraphs')} inside lists or tables became list items or rows of text.`,
    );
  return sentences.length ? sentences.join(' ') : null;
}
