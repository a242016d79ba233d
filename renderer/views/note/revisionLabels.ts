import type { RevisionInfo } from '../../../app/domain/note';
import { STATUS_LABEL } from './workflow';

/** Why a revision was kept, in the words of the history panel. */
export function revisionCause(r: Pick<RevisionInfo, 'reason' | 'status'>): string {
  switch (r.reason) {
    case 'created':
      return 'Created';
    case 'edit':
      return 'Editing snapshot';
    case 'status':
      return `Status change: ${STATUS_LABEL[r.status]}`;
    case 'reopened':
      return 'Reopened';
    case 'restored':
      return 'Restore of an earlier version';
    case 'details':
      return 'Details changed';
  }
}
