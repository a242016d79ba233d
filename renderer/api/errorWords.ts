import type { AppError } from '../../app/api/result';

/** A JSON path at the start of a message ("content.root.children.0.text: …"): for logs, not people. */
const LEADING_PATH = /^[\w$]+(?:\.[\w$]+)+: /;

/** What a content problem means, in the words of someone writing a note. */
function contentReason(message: string): string {
  if (/characters that cannot be stored/.test(message))
    return 'it contains characters that cannot be stored (such as a control character copied from PowerPoint or a PDF)';
  if (/unknown node type|unknown field/.test(message)) return 'it holds something the editor does not know';
  if (/nested more than/.test(message)) return 'it is nested too deeply (lists or tables inside each other)';
  return 'part of it is not in a shape a note can hold';
}

/**
 * A failed operation as a sentence for the window: what happened and what to do. JSON paths and
 * schema wording stay in the CLI's --json output and the logs.
 */
export function errorInWords(error: AppError): string {
  const contentIssue =
    error.issues?.find((i) => i.path === 'content' || i.path.startsWith('content.')) ??
    (error.message.startsWith('content') ? { path: 'content', message: error.message } : undefined);
  switch (error.code) {
    case 'invalid_input':
      if (contentIssue)
        return `the note cannot be stored as it is: ${contentReason(contentIssue.message)}. Undo the last paste or change (Ctrl+Z) and try again.`;
      if (/cannot stand inside|holds list items|holds rows|holds cells|Cannot export a node/.test(error.message))
        return 'part of the note is in a shape Word cannot hold (a table or paragraph inside a list). Undo the last paste in the note and try again.';
      return withFullStop(
        error.issues?.length ? error.issues.map((i) => i.message).join('; ') : error.message.replace(LEADING_PATH, ''),
      );
    case 'read_only':
      return `the note is read-only (${error.message.replace(LEADING_PATH, '')}). Reopen it to change it.`;
    case 'not_found':
      return 'it is no longer there: it was deleted, perhaps in another window. Go back to the visit.';
    case 'storage_error':
      return `${withFullStop(error.message.replace(LEADING_PATH, ''))} Check that the disk has free space, then try again.`;
    case 'internal':
      return 'something went wrong inside Briefing. Try again; if it happens again, restart Briefing (what was last saved is kept).';
    default:
      return withFullStop(error.message.replace(LEADING_PATH, ''));
  }
}

function withFullStop(text: string): string {
  const t = text.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}
