import type { NoteContent } from '../domain/content';
import { estimateLength, type LengthEstimate } from '../domain/length';
import type { NoteSummary } from '../domain/note';
import { loadWordStyle } from '../export/style';
import type { Store } from '../store/store';
import type { FieldContext } from '../templates/fields';
import { noteLengthOptions } from '../templates/note-length';

/** A note as listed, with its estimated length in Word when asked for (the pack builder flags long briefs). */
export type ListedNote = NoteSummary & { length?: LengthEstimate };

/**
 * The notes of one visit with the length each will take when exported: the estimate the editor's
 * status line shows (app/domain/length.ts with the single-note title block, fields as their
 * values, a cleared note's frozen values), so the note and the pack builder never disagree.
 */
export function withLengths(store: Store, visitId: string, notes: readonly NoteSummary[]): ListedNote[] {
  if (notes.length === 0) return [];
  const style = loadWordStyle();
  const visit = store.visits.get(visitId);
  const people = store.people.listForVisit(visitId);
  const programme = store.programme.listForVisit(visitId);
  return notes.map((summary) => {
    const note = store.notes.get(summary.id);
    const ctx: FieldContext = {
      visit,
      people,
      programmeItem: programme.find((p) => p.id === note.programmeItemId) ?? null,
      classification: note.classification,
      frozen: note.status === 'cleared' ? (note.clearance?.fields ?? null) : null,
    };
    return {
      ...summary,
      length: estimateLength(note.content as NoteContent, style, noteLengthOptions(note.title, ctx)),
    };
  });
}
