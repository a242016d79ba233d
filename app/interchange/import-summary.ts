import { anythingCleaned, describeCleaned } from '../domain/content/cleaned';
import type { ImportResult } from './import';

/**
 * What an import did beyond the visit itself, in words, one line each: what was cleaned and what
 * became of the file's templates. The CLI prints these; a dialog can show them as they are.
 * `askForTemplates` is how the caller's user asks for templates ("import with --templates").
 */
export function importSummary(r: ImportResult, askForTemplates: string): string[] {
  const lines: string[] = [];
  if (anythingCleaned(r.cleaned)) lines.push(`Made safe: ${describeCleaned(r.cleaned)}.`);
  const names = (outcome: string) =>
    r.templatesInFile
      .filter((t) => t.outcome === outcome)
      .map((t) => `“${t.name}”`)
      .join(', ');
  if (r.templates) lines.push(`Templates added: ${names('imported')}.`);
  if (r.templatesKept) lines.push(`Templates already here, kept as they are: ${names('kept')}.`);
  const notAsked = r.templatesInFile.filter((t) => t.outcome === 'not-asked').length;
  if (notAsked)
    lines.push(
      `The file also holds ${notAsked} template${notAsked === 1 ? '' : 's'}, not imported (${askForTemplates}): ${names('not-asked')}.`,
    );
  return lines;
}
