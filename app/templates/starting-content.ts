import { AppFailure } from '../api/result';
import { emptyContent, type NoteContent } from '../domain/content';
import type { TemplateRepository } from '../store/templates';
import { instantiateTemplate } from './catalogue';

/**
 * What a new note starts with: the content it was given, else a fresh copy of its template
 * (built-in or the user's own), else an empty page. An unknown template is refused rather than
 * silently giving a blank note the user did not ask for.
 */
export function startingContent(
  templates: Pick<TemplateRepository, 'get'>,
  template: string | null | undefined,
  given: NoteContent | undefined,
): NoteContent {
  if (given) return given;
  if (!template) return emptyContent();
  const builtIn = instantiateTemplate(template);
  if (builtIn) return builtIn;
  try {
    return templates.get(template).content;
  } catch (e) {
    if (e instanceof AppFailure && e.code === 'not_found') {
      throw new AppFailure('invalid_input', `template: there is no template "${template}"`, [
        { path: 'template', message: `there is no template "${template}"` },
      ]);
    }
    throw e;
  }
}
