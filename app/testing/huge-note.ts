import type { NoteContent } from '../domain/content';
import { doc } from './fixtures';

/**
 * A pathological note for a job's budget: far more paragraphs than a note may hold (the store
 * refuses a note over 5 million characters; a job built by hand can carry anything). The exporter
 * itself clamps what could blow up (spans), so what a budget stops is sheer size.
 */
export function hugeNote(paragraphs: number): NoteContent {
  const paragraph = doc('An ordinary sentence of a briefing, repeated far past any real note.').root.children[0]!;
  return { root: { ...doc().root, children: Array.from({ length: paragraphs }, () => paragraph) } };
}
