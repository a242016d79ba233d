import type { NoteStatus } from '../../../app/domain/note';

export interface WorkflowAction {
  to: NoteStatus;
  label: string;
  primary?: boolean;
}

/** The moves the UI offers from each status (draft -> review -> cleared; reopening a cleared note). */
export function workflowActions(status: NoteStatus): WorkflowAction[] {
  switch (status) {
    case 'draft':
      return [{ to: 'review', label: 'Send for review', primary: true }];
    case 'review':
      return [
        { to: 'draft', label: 'Back to draft' },
        { to: 'cleared', label: 'Clear', primary: true },
      ];
    case 'cleared':
      return [{ to: 'draft', label: 'Reopen' }];
  }
}

export const STATUS_LABEL: Record<NoteStatus, string> = { draft: 'Draft', review: 'In review', cleared: 'Cleared' };
