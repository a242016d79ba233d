import { describeShapeChanges, type ShapeChanges } from '../../app/import/shape';

/** What the user is told after a paste that could not come in exactly as copied; null: nothing to say. */
export function describePaste(
  pictures: number,
  changes: ShapeChanges,
  comments = 0,
  trackedChanges = 0,
): string | null {
  const sentences: string[] = [];
  const shape = describeShapeChanges(changes);
  if (shape) sentences.push(shape);
  if (pictures)
    sentences.push(
      pictures === 1
        ? 'The picture was left out: a briefing note holds text only.'
        : `${pictures} pictures were left out: a briefing note holds text only.`,
    );
  if (comments)
    sentences.push(
      comments === 1
        ? 'The Word comment was left out; the text it was on is kept.'
        : `${comments} Word comments were left out; the text they were on is kept.`,
    );
  if (trackedChanges)
    sentences.push(
      trackedChanges === 1
        ? 'The tracked change was taken as accepted.'
        : `${trackedChanges} tracked changes were taken as accepted.`,
    );
  return sentences.length ? sentences.join(' ') : null;
}
