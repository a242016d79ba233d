import type { NoteContent } from '../../domain/content';

/** The content saved as a given revision: its text names the revision, so a check can tell. */
export function contentFor(revision: number): NoteContent {
  const text = `revision ${revision} ` + 'lorem ipsum dolor sit amet '.repeat(40);
  return {
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }],
    },
  };
}
