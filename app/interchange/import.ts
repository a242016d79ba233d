import { assertClassifications } from '../api/classification-check';
import { AppFailure, type FieldIssue } from '../api/result';
import { fieldIssues } from '../api/validation';
import { addCleaned, noneCleaned, type Cleaned } from '../domain/content/cleaned';
import type { Store } from '../store/store';
import { convertItalicPrompts } from '../domain/placeholders';
import { InterchangeFile, MAX_VISIT_FILE_BYTES } from './format';

/** One template of the file, and what became of it. */
export interface ImportedTemplate {
  id: string;
  name: string;
  /** imported: added; kept: one with this id is already here and stays as it is; not-asked: templates were not asked for. */
  outcome: 'imported' | 'kept' | 'not-asked';
}

export interface ImportOptions {
  /** Replace a visit with the same id (its people, programme and notes). Never touches templates. */
  replace?: boolean;
  /** Also add the file's templates that are not here yet (they are the installation's, not the visit's). */
  templates?: boolean;
}

export interface ImportResult {
  visitId: string;
  people: number;
  programme: number;
  notes: number;
  replaced: boolean;
  /** User templates added from the file (only when asked for). */
  templates: number;
  /** User templates of the file already here, kept as they are (an import never overwrites one). */
  templatesKept: number;
  /** Every template of the file, and what became of it. */
  templatesInFile: ImportedTemplate[];
  /** What was cleaned to make the notes (and templates added) safe: unsafe links, characters, values. */
  cleaned: Cleaned;
}

/** A version 1 file's italic "[…]" prompts become placeholders, as store migration 6 does. */
function fromVersion1(file: InterchangeFile): InterchangeFile {
  return {
    ...file,
    notes: file.notes.map((n) => ({
      ...n,
      content: { ...n.content, content: convertItalicPrompts(n.content.content).content },
    })),
    templates: file.templates.map((t) => ({
      ...t,
      content: { ...t.content, content: convertItalicPrompts(t.content.content).content },
    })),
  };
}

function invalid(issues: FieldIssue[]): never {
  const first = issues[0]!;
  throw new AppFailure('invalid_input', `${first.path || '(file)'}: ${first.message}`, issues);
}

/** Ids must be unique and every reference must point inside the file. */
function checkReferences(file: InterchangeFile): void {
  const issues: FieldIssue[] = [];
  const unique = (ids: string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: `${path}.${i}.id`, message: `the id ${id} is used twice` });
      seen.add(id);
    });
    return seen;
  };
  const people = unique(
    file.people.map((p) => p.id),
    'people',
  );
  const items = unique(
    file.programme.map((p) => p.id),
    'programme',
  );
  unique(
    file.notes.map((n) => n.id),
    'notes',
  );
  unique(
    file.templates.map((t) => t.id),
    'templates',
  );
  for (const field of ['principalId', 'counterpartId'] as const) {
    const id = file.visit[field];
    if (id && !people.has(id)) issues.push({ path: `visit.${field}`, message: `no person with id ${id} in the file` });
  }
  file.programme.forEach((item, i) =>
    item.participants.forEach((id, j) => {
      if (!people.has(id))
        issues.push({ path: `programme.${i}.participants.${j}`, message: `no person with id ${id} in the file` });
    }),
  );
  file.notes.forEach((note, i) => {
    if (note.programmeItemId && !items.has(note.programmeItemId)) {
      issues.push({
        path: `notes.${i}.programmeItemId`,
        message: `no programme item with id ${note.programmeItemId} in the file`,
      });
    }
  });
  if (issues.length) invalid(issues);
}

/** Refuses ids that already belong to another visit in this database (ids are global). */
function checkForeignIds(store: Store, file: InterchangeFile): void {
  const owner = (table: string, id: string) =>
    (store.db.prepare(`SELECT visit_id FROM ${table} WHERE id = ?`).get(id) as { visit_id: string } | undefined)
      ?.visit_id;
  const check = (table: string, ids: string[], path: string) =>
    ids.forEach((id, i) => {
      const visitId = owner(table, id);
      if (visitId !== undefined && visitId !== file.visit.id) {
        throw new AppFailure('already_exists', `${path}.${i}.id: ${id} already belongs to another visit (${visitId}).`);
      }
    });
  check(
    'people',
    file.people.map((p) => p.id),
    'people',
  );
  check(
    'programme_items',
    file.programme.map((p) => p.id),
    'programme',
  );
  check(
    'notes',
    file.notes.map((n) => n.id),
    'notes',
  );
}

/** A visit file given as text is measured before it is parsed; over 64 MB it is refused. */
export function parseVisitText(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VISIT_FILE_BYTES) throw tooLarge(bytes);
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppFailure('invalid_input', `The visit file is not valid JSON: ${(e as Error).message}`);
  }
}

export function tooLarge(bytes: number): AppFailure {
  return new AppFailure(
    'invalid_input',
    `The file is too large to import (${Math.ceil(bytes / 1024 / 1024)} MB; a visit file may be at most ${MAX_VISIT_FILE_BYTES / 1024 / 1024} MB).`,
  );
}

/**
 * Imports one visit file, all or nothing: the whole file is validated (and its content cleaned:
 * app/domain/content) first, then written in one transaction. The file's ids are kept, so
 * export-json gives them back. An existing visit with the same id is refused unless replace is
 * set. The file's templates are added only when asked for, and a template already here is never
 * overwritten: templates are the installation's, and a visit file is often someone else's.
 */
export function importVisit(store: Store, input: unknown, options: ImportOptions = {}): ImportResult {
  return writeVisitFile(store, parseVisitFile(parseVisitText(input)), options);
}

/**
 * The CPU-heavy half of an import, pure: the schema (which cleans every note's content), the
 * conversion of older versions and the references, no database. The job worker runs it, so a
 * hostile file costs the worker's budget, never the window's.
 */
export function parseVisitFile(json: unknown): InterchangeFile {
  const parsed = InterchangeFile.safeParse(json);
  if (!parsed.success) invalid(fieldIssues(parsed.error));
  const file = parsed.data.version === 1 ? fromVersion1(parsed.data) : parsed.data;
  checkReferences(file);
  return file;
}

/** The database half of an import: a file parseVisitFile accepted, written in one transaction. */
export function writeVisitFile(store: Store, file: InterchangeFile, options: ImportOptions = {}): ImportResult {
  return store.transaction(() => {
    assertClassifications(store, [
      { path: 'visit.classification', value: file.visit.classification },
      ...file.notes.map((n, i) => ({ path: `notes.${i}.classification`, value: n.classification })),
    ]);
    const { id: visitId, createdAt, updatedAt, pack, ...visit } = file.visit;
    const exists = store.visits.find(visitId) !== undefined;
    if (exists && !options.replace) {
      throw new AppFailure(
        'already_exists',
        `A visit with id ${visitId} already exists; import with --replace to overwrite it.`,
      );
    }
    checkForeignIds(store, file);
    if (exists) store.visits.delete(visitId);
    const at = new Date().toISOString();
    const cleaned = noneCleaned();
    store.visits.create(visitId, visit, { createdAt: createdAt ?? at, updatedAt: updatedAt ?? createdAt ?? at });
    for (const { id, ...person } of file.people) store.people.create(visitId, id, person);
    for (const { id, ...item } of file.programme) store.programme.create(visitId, id, item);
    for (const note of file.notes) {
      addCleaned(cleaned, note.content.cleaned);
      store.notes.create(
        note.id,
        {
          visitId,
          programmeItemId: note.programmeItemId ?? null,
          title: note.title,
          template: note.template ?? null,
          classification: note.classification,
          content: note.content.content,
        },
        {
          status: note.status,
          revision: note.revision ?? 1,
          createdAt: note.createdAt ?? at,
          updatedAt: note.updatedAt ?? note.createdAt ?? at,
          clearance: note.clearance ?? null,
        },
      );
    }
    // A pack naming notes the file does not carry keeps the rest (as when a note is deleted).
    if (pack) {
      const notes = new Set(file.notes.map((n) => n.id));
      store.packChoices.set(visitId, { ...pack, noteIds: pack.noteIds?.filter((id) => notes.has(id)) });
    }
    const templatesInFile: ImportedTemplate[] = [];
    for (const { id, name, createdAt, updatedAt, content, ...template } of file.templates) {
      if (!options.templates) {
        templatesInFile.push({ id, name, outcome: 'not-asked' });
      } else if (store.templates.find(id)) {
        templatesInFile.push({ id, name, outcome: 'kept' });
      } else {
        addCleaned(cleaned, content.cleaned);
        store.templates.save(
          id,
          { name, content: content.content, ...template },
          { createdAt: createdAt ?? at, updatedAt: updatedAt ?? createdAt ?? at },
        );
        templatesInFile.push({ id, name, outcome: 'imported' });
      }
    }
    return {
      visitId,
      people: file.people.length,
      programme: file.programme.length,
      notes: file.notes.length,
      replaced: exists,
      templates: templatesInFile.filter((t) => t.outcome === 'imported').length,
      templatesKept: templatesInFile.filter((t) => t.outcome === 'kept').length,
      templatesInFile,
      cleaned,
    };
  });
}
