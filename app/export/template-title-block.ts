import type { NoteContent, SerializedNode } from '../domain/content';

const TITLE_FIELDS = new Set([
  'classification',
  'visit.title',
  'visit.dates',
  'visit.city',
  'visit.hostCountry',
  'visit.guestCountry',
  'meeting.title',
  'meeting.time',
  'meeting.place',
  'meeting.participants',
]);

/** A paragraph of fields (and bold labels or separators around them) that the pack writes itself. */
function isTitleLine(node: SerializedNode): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false;
  const fields = node.children.filter((c) => c.type === 'field');
  if (!fields.length || !fields.every((f) => TITLE_FIELDS.has(f.field))) return false;
  if (node.type === 'heading') return node.tag === 'h1';
  // Labels ("Place: ") are bold in the templates; plain text between fields is a separator.
  return node.children.every((c) => c.type === 'field' || (c.type === 'text' && c.text.trim().length <= 40));
}

/**
 * A note's content without its template's title block: the leading marking line, "Meeting brief:
 * <meeting>" heading and Meeting / Date and time / Place lines. In a pack the brief's heading and
 * meeting block say all of this once, so the template's copy would say it twice.
 */
export function withoutTitleBlock(content: NoteContent, noteTitle: string): NoteContent {
  const children = content.root.children;
  let start = 0;
  while (start < children.length && isTitleLine(children[start]!)) start++;
  // The template's own heading ("Scene-setter") when the brief's heading already says it.
  const first = children[start];
  if (first?.type === 'heading' && first.tag === 'h1') {
    const text = first.children
      .map((c) => (c.type === 'text' ? c.text : ''))
      .join('')
      .trim()
      .toLowerCase();
    if (text && noteTitle.toLowerCase().startsWith(text)) {
      start++;
      while (start < children.length && isTitleLine(children[start]!)) start++;
    }
  }
  return start === 0 ? content : { ...content, root: { ...content.root, children: children.slice(start) } };
}
