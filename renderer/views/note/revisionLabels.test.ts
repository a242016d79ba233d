import { describe, expect, it } from 'vitest';
import { revisionCause } from './revisionLabels';

describe('revisionCause', () => {
  it('names each reason a revision is kept, with the status a status change went to', () => {
    expect(revisionCause({ reason: 'status', status: 'review' })).toBe('Status change: In review');
    expect(revisionCause({ reason: 'edit', status: 'draft' })).toBe('Editing snapshot');
    expect(revisionCause({ reason: 'restored', status: 'draft' })).toBe('Restore of an earlier version');
    expect(revisionCause({ reason: 'reopened', status: 'draft' })).toBe('Reopened');
    expect(revisionCause({ reason: 'created', status: 'draft' })).toBe('Created');
  });
});
