import { describeClassificationChange } from '../domain/classification';
import type { NoteContent } from '../domain/content';
import { UNKNOWN_AUTHOR, type Note, type NoteStatus } from '../domain/note';
import type { Store } from '../store/store';
import type { FieldContext } from '../templates/fields';
import { freezeFields } from '../templates/freeze';
import { assertClassifications } from './classification-check';
import type { ParsedInputOf } from './contract';
import { AppFailure } from './result';

/** Who the history records: the author name from Settings, or "Unknown author" when none is set. */
export function authorName(store: Store): string {
  return store.settings.get().author || UNKNOWN_AUTHOR;
}

/** The live values a note's fields read (frozen values aside). */
export function liveFieldContext(store: Store, note: Pick<Note, 'visitId' | 'programmeItemId' | 'classification'>) {
  const ctx: FieldContext = {
    visit: store.visits.get(note.visitId),
    people: store.people.listForVisit(note.visitId),
    programmeItem: store.programme.listForVisit(note.visitId).find((p) => p.id === note.programmeItemId) ?? null,
    classification: note.classification,
  };
  return ctx;
}

/** A status move; clearing freezes the note's field values as the visit gives them now. */
export function setNoteStatus(store: Store, id: string, status: NoteStatus, baseRevision?: number): Note {
  const by = authorName(store);
  if (status !== 'cleared') return store.notes.setStatus(id, status, baseRevision, { by });
  const note = store.notes.get(id);
  const frozen = freezeFields(note.content as NoteContent, liveFieldContext(store, note));
  return store.notes.setStatus(id, status, baseRevision, { by, frozen });
}

/** Title, marking and meeting from the note header, checked and recorded with what changed. */
export function updateNoteDetails(store: Store, input: ParsedInputOf<'notes.update'>): Note {
  const note = store.notes.get(input.id);
  const changes: string[] = [];
  if (input.title !== undefined && input.title !== note.title) changes.push(`Title: ${note.title} → ${input.title}`);
  if (input.classification !== undefined && input.classification !== note.classification) {
    assertClassifications(store, [{ path: 'classification', value: input.classification, kept: note.classification }]);
    changes.push(
      describeClassificationChange(store.settings.get().classifications, note.classification, input.classification),
    );
  }
  if (input.programmeItemId !== undefined && input.programmeItemId !== note.programmeItemId) {
    const programme = store.programme.listForVisit(note.visitId);
    const meeting = (itemId: string | null) => {
      if (!itemId) return 'the whole visit';
      const item = programme.find((p) => p.id === itemId);
      if (!item) {
        throw new AppFailure('invalid_input', 'programmeItemId: not a programme item of this visit', [
          { path: 'programmeItemId', message: 'not a programme item of this visit' },
        ]);
      }
      return item.title;
    };
    const to = meeting(input.programmeItemId);
    changes.push(`Meeting: ${note.programmeItemId ? meeting(note.programmeItemId) : 'the whole visit'} → ${to}`);
  }
  return store.notes.updateDetails(
    input.id,
    { title: input.title, classification: input.classification, programmeItemId: input.programmeItemId },
    { by: authorName(store), detail: changes.join('; ') || undefined },
    input.baseRevision,
  );
}
