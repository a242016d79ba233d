import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { Result } from '../api/result';
import type { NoteContent } from '../domain/content';
import { Store } from '../store/store';
import type { VisitData } from '../store/visits';
import { tempDir } from './temp';

/** A real store on a temp file with the real dispatch, for integration tests. */
export function openTestStore(now?: () => string) {
  const tmp = tempDir();
  const file = tmp.file('briefing.sqlite');
  const store = Store.open(file, now);
  const dispatch: Dispatch = createDispatch(createHandlers(store), (e) => {
    throw e;
  });
  return {
    store,
    file,
    dispatch,
    close() {
      store.close();
      tmp.cleanup();
    },
  };
}

/** Unwraps an ok Result or fails the test with the error. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A one-paragraph document, or one paragraph per string. */
export function doc(...paragraphs: string[]): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        // As Lexical writes a paragraph (and the content allow-list keeps it).
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  };
}

export const VISIT_INPUT = {
  title: 'Official visit to Ankara',
  hostCountry: 'TR',
  guestCountry: 'KZ',
  city: 'Ankara',
  startDate: '2021-03-04',
  endDate: '2021-03-05',
  timeZone: 'Europe/Istanbul',
};

/** VISIT_INPUT as the store's repositories take it: with the defaults the API would fill in. */
export const VISIT_DATA: VisitData = {
  ...VISIT_INPUT,
  kind: 'official',
  status: 'planned',
  classification: 'OFFICIAL',
  principalId: null,
  counterpartId: null,
  description: '',
};
