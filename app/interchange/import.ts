import { assertClassifications } from '../api/classification-check';
import { AppFailure, type FieldIssue } from '../api/result';
import { fieldIssues } from '../api/validation';
import type { Store } from '../store/store';
import { convertItalicPrompts } from '../domain/placeholders';
import { InterchangeFile } from './format';

export interface ImportResult {
  visitId: string;
  people: number;
  programme: number;
  notes: number;
  replaced: boolean;
  /** User templates written from the file (new here, or replacing ours with --replace). */
  templates: number;
  /** User templates of the file already here, kept as they are (import with --replace to overwrite). */
  templatesKept: number;
}

/** A version 1 file's italic "[…]" prompts become placeholders, as store migration 6 does. */
function fromVersion1(file: InterchangeFile): InterchangeFile {
  return {
    ...file,
    notes: file.notes.map((n) => ({ ...n, content: convertItalicPrompts(n.content).content })),
    templates: file.templates.map((t) => ({ ...t, content: convertItalicPrompts(t.content).content })),
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

/**
 * Imports one visit file, all or nothing: the whole file is validated first, then written in one
 * transaction. The file's ids are kept, so export-json gives them back. An existing visit with the
 * same id is refused unless replace is set; a user template already here is kept unless replace is set.
 */
export function importVisit(store: Store, json: unknown, options: { replace?: boolean } = {}): ImportResult {
  return writeVisitFile(store, parseVisitFile(json), options);
}

/**
 * The CPU-heavy half of an import, pure: the schema and the references, no database. The job
 * worker runs it, so a hostile file costs the worker's budget, never the window's.
 */
export function parseVisitFile(json: unknown): InterchangeFile {
  const parsed = InterchangeFile.safeParse(json);
  if (!parsed.success) invalid(fieldIssues(parsed.error));
  const file = parsed.data.version === 1 ? fromVersion1(parsed.data) : parsed.data;
  checkReferences(file);
  return file;
}

/** The database half of an import: a file parseVisitFile accepted, written in one transaction. */
export function writeVisitFile(store: Store, file: InterchangeFile, options: { replace?: boolean } = {}): ImportResult {
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
    store.visits.create(visitId, visit, { createdAt: createdAt ?? at, updatedAt: updatedAt ?? createdAt ?? at });
    for (const { id, ...person } of file.people) store.people.create(visitId, id, person);
    for (const { id, ...item } of file.programme) store.programme.create(visitId, id, item);
    for (const note of file.notes) {
      store.notes.create(
        note.id,
        {
          visitId,
          programmeItemId: note.programmeItemId ?? null,
          title: note.title,
          template: note.template ?? null,
          classification: note.classification,
          content: note.content,
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
    // Templates are the installation's, shared by every visit: one already here is the user's own
    // copy (perhaps edited since) and is overwritten only when asked to, never an error.
    let templatesKept = 0;
    for (const { id, createdAt, updatedAt, ...template } of file.templates) {
      if (store.templates.find(id) && !options.replace) {
        templatesKept++;
        continue;
      }
      store.templates.save(id, template, { createdAt: createdAt ?? at, updatedAt: updatedAt ?? createdAt ?? at });
    }
    return {
      visitId,
      people: file.people.length,
      programme: file.programme.length,
      notes: file.notes.length,
      replaced: exists,
      templates: file.templates.length - templatesKept,
      templatesKept,
    };
  });
}
