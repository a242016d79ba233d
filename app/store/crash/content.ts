import type { NoteContent } from '../../domain/content';
import { normaliseContent } from '../../domain/content/normalise';

/**
 * The content saved as a given revision: its text names the revision, so a check can tell. In the
 * form the content allow-list stores, so the stored JSON is byte for byte this one's.
 */
export function contentFor(revision: number): NoteContent {
  const text = `revision ${revision} ` + 'lorem ipsum dolor sit amet '.repeat(40);
  return normaliseContent({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }],
    },
  }).content;
}
