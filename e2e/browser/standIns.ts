import { z } from 'zod';
import { fail, ok, type Result } from '../../app/api/result';
import { fieldIssues, summarise } from '../../app/api/validation';
import { newId } from '../../app/domain/ids';
import type { Note, NoteStatus } from '../../app/domain/note';
import { PersonFields } from '../../app/domain/person';
import { ProgrammeItemFields } from '../../app/domain/programme';
import { KNOWN_NODE_TYPES, emptyContent } from '../../app/domain/content';
import type { Store } from '../../app/store/store';

/**
 * STAND-INS for operations the renderer needs before app/api/contract.ts declares them (the store
 * work is in progress). The harness uses one only while the contract lacks that operation, and
 * every test that touched one is annotated "stand-in" in the report, so a green run is never
 * mistaken for a run against the real handlers. People and programme go through the real store
 * repositories and domain schemas; notes are kept in memory with the announced semantics
 * (revision-based conflict, a cleared note is read-only).
 */
export type StandIn = (input: unknown) => Result<unknown>;

function parse<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; result: Result<never> } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues = fieldIssues(r.error);
  return { ok: false, result: fail('invalid_input', summarise(issues), issues) };
}

function unknownTypes(node: unknown, found: Set<string>): Set<string> {
  if (node && typeof node === 'object') {
    const n = node as { type?: unknown; children?: unknown[]; root?: unknown };
    if (typeof n.type === 'string' && !(KNOWN_NODE_TYPES as readonly string[]).includes(n.type)) found.add(n.type);
    if (n.root) unknownTypes(n.root, found);
    for (const c of n.children ?? []) unknownTypes(c, found);
  }
  return found;
}

export function createStandIns(store: Store): Record<string, StandIn> {
  const notes = new Map<string, Note>();
  const now = () => new Date().toISOString();
  const get = (id: string) => notes.get(id);
  const summary = ({ content: _content, ...rest }: Note) => rest;
  return {
    'people.create': (input) => {
      const p = parse(PersonFields.extend({ visitId: z.string() }), input);
      if (!p.ok) return p.result;
      const { visitId, ...data } = p.value;
      return ok(store.transaction(() => store.people.create(visitId, newId('person'), data)));
    },
    'programme.create': (input) => {
      const p = parse(z.intersection(ProgrammeItemFields, z.object({ visitId: z.string() })), input);
      if (!p.ok) return p.result;
      const { visitId, ...data } = p.value;
      return ok(store.transaction(() => store.programme.create(visitId, newId('item'), data)));
    },
    'notes.list': (input) => {
      const { visitId } = input as { visitId: string };
      return ok([...notes.values()].filter((n) => n.visitId === visitId).map(summary));
    },
    'notes.get': (input) => {
      const note = get((input as { id: string }).id);
      return note ? ok(note) : fail('not_found', 'No such note');
    },
    'notes.create': (input) => {
      const p = parse(
        z.object({
          visitId: z.string(),
          title: z.string().trim().min(1, 'Title is required'),
          template: z.string().nullish(),
          classification: z.string().default('OFFICIAL'),
          programmeItemId: z.string().nullish(),
        }),
        input,
      );
      if (!p.ok) return p.result;
      const at = now();
      const note: Note = {
        id: newId('note'),
        visitId: p.value.visitId,
        programmeItemId: p.value.programmeItemId ?? null,
        title: p.value.title,
        template: p.value.template ?? null,
        status: 'draft',
        classification: p.value.classification,
        content: emptyContent(),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      };
      notes.set(note.id, note);
      return ok(note);
    },
    'notes.save': (input) => {
      const { id, baseRevision, content } = input as { id: string; baseRevision: number; content: unknown };
      const note = get(id);
      if (!note) return fail('not_found', 'No such note');
      if (note.status === 'cleared') return fail('read_only', 'The note is cleared; reopen it to edit');
      if (baseRevision !== note.revision) return fail('conflict', 'The note was changed elsewhere since you opened it');
      const unknown = unknownTypes(content, new Set());
      if (unknown.size) return fail('invalid_input', `Unknown node types: ${[...unknown].join(', ')}`);
      const saved = { ...note, content, revision: note.revision + 1, updatedAt: now() };
      notes.set(id, saved);
      return ok({ revision: saved.revision, updatedAt: saved.updatedAt });
    },
    'notes.setStatus': (input) => {
      const { id, status } = input as { id: string; status: NoteStatus };
      const note = get(id);
      if (!note) return fail('not_found', 'No such note');
      const saved = { ...note, status, revision: note.revision + 1, updatedAt: now() };
      notes.set(id, saved);
      return ok(saved);
    },
  };
}
