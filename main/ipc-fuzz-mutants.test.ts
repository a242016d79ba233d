import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type OperationName } from '../app/api/contract';
import { createDispatch, type Dispatch } from '../app/api/dispatch';
import type { Handlers } from '../app/api/handlers';
import { NoteContentInput } from '../app/api/note-schemas';
import { AppFailure, fail, ok } from '../app/api/result';
import { fieldIssues, summarise } from '../app/api/validation';
import type { Store } from '../app/store/store';
import { tempDir } from '../app/testing/temp';
import { bindDesktop } from './desktop-bridge';
import {
  fuzzDesktop,
  fuzzOperations,
  ignoringSender,
  REAL_TARGET,
  seedFuzzDatabase,
  type FuzzContext,
  type FuzzTarget,
} from './testing/ipc-fuzz';

/**
 * The test of the test (issue 15, finding 8): each bug the old fuzz let through is injected on its
 * own, and the fuzz must report it. A mutant replaces one piece of the real stack (a schema, a
 * handler, the dispatcher, the binding) and keeps the rest.
 */

type Schema = z.ZodType;
const inputOf = (op: OperationName) => contract[op].input as unknown as Schema;
const objectOf = (op: OperationName) => contract[op].input as unknown as z.ZodObject;

/** The dispatcher's steps with the schemas swapped, and optionally without its catch. */
function mutantDispatch(handlers: Handlers, schemas: Partial<Record<OperationName, Schema>>, catches = true): Dispatch {
  const real = createDispatch(handlers);
  return async (operation, input) => {
    const op = operation as OperationName;
    if (!schemas[op] && catches) return real(operation, input);
    const parsed = (schemas[op] ?? inputOf(op)).safeParse(input);
    if (!parsed.success) return fail('invalid_input', summarise(fieldIssues(parsed.error)));
    const run = () => (handlers[op] as (i: unknown) => unknown)(parsed.data);
    if (!catches) return ok(await run());
    try {
      return ok(await run());
    } catch (e) {
      if (e instanceof AppFailure) return fail(e.code, e.message, e.issues);
      return fail('internal', 'Something went wrong inside Briefing; nothing was changed. Details are in the log.');
    }
  };
}

const withSchemas = (schemas: Partial<Record<OperationName, Schema>>): FuzzTarget => ({
  ...REAL_TARGET,
  dispatch: (handlers) => mutantDispatch(handlers, schemas),
});

const withHandlers = (patch: (real: Handlers, store: Store) => Partial<Handlers>): FuzzTarget => ({
  ...REAL_TARGET,
  handlers: (store) => {
    const real = REAL_TARGET.handlers(store);
    return { ...real, ...patch(real, store) };
  },
});

/** How deep a value nests, without recursion (it must measure what would overflow a stack). */
function nesting(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

/** The content schema as it would be without its depth limit: anything deeper goes through. */
const ContentWithoutDepthLimit = z.unknown().transform((v, ctx) => {
  if (nesting(v) > 100) return v;
  const r = NoteContentInput.safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
});

const CONTENT_OPS = ['notes.save', 'templates.save'] as const;

const WITHOUT_CONTENT_VALIDATION = withSchemas(
  Object.fromEntries(CONTENT_OPS.map((op) => [op, objectOf(op).extend({ content: z.unknown() })])),
);

const MUTANTS: {
  bug: string;
  target: FuzzTarget;
  operations: OperationName[];
  seen: RegExp;
  /** Checks what accepted saves stored against the content allow-list. */
  storedContentRules?: boolean;
}[] = [
  {
    bug: 'no content validation',
    target: WITHOUT_CONTENT_VALIDATION,
    operations: [...CONTENT_OPS],
    seen: /^expected invalid_input, got ok$/,
  },
  {
    bug: 'dangerous links and spans stored (the stored-content check)',
    target: WITHOUT_CONTENT_VALIDATION,
    operations: ['notes.save'],
    seen: /^stored unsafe content: a link to "javascript:/,
    storedContentRules: true,
  },
  {
    bug: 'ids accepting any string',
    target: withSchemas(
      Object.fromEntries(
        (['visits.get', 'visits.delete', 'notes.get', 'people.delete', 'export.note'] as const).map((op) => {
          const shape = objectOf(op).shape as Record<string, unknown>;
          const key = 'id' in shape ? 'id' : 'noteId';
          return [op, objectOf(op).extend({ [key]: z.string() })];
        }),
      ),
    ),
    operations: ['visits.get', 'visits.delete', 'notes.get', 'people.delete', 'export.note'],
    seen: /^expected invalid_input, got not_found/,
  },
  {
    bug: 'no depth limit',
    target: withSchemas({ 'notes.save': objectOf('notes.save').extend({ content: ContentWithoutDepthLimit }) }),
    operations: ['notes.save'],
    seen: /^expected invalid_input, got (ok|internal)/,
  },
  {
    bug: 'no IPC sender check',
    target: { ...REAL_TARGET, bind: (ipc, dispatch) => REAL_TARGET.bind(ignoringSender(ipc), dispatch) },
    operations: ['visits.list', 'notes.save'],
    seen: /^expected forbidden, got ok$/,
  },
  {
    bug: 'import always replacing',
    target: withHandlers((real) => ({
      'interchange.import': (input) => real['interchange.import']({ ...input, replace: true }),
    })),
    operations: ['interchange.import'],
    seen: /^expected already_exists, got ok$/,
  },
  {
    bug: 'visits.delete deleting every visit',
    target: withHandlers((_real, store) => ({
      'visits.delete': ({ id }) =>
        store.transaction(() => {
          store.visits.get(id);
          for (const v of store.visits.list()) store.visits.delete(v.id);
          return null;
        }),
    })),
    operations: ['visits.delete'],
    seen: /^changed 2 visits/,
  },
  {
    bug: 'a raw TypeError escaping',
    target: {
      ...REAL_TARGET,
      handlers: (store) => {
        const real = REAL_TARGET.handlers(store);
        return {
          ...real,
          'people.update': (input) => {
            if (input.aliases.length === 0) throw new TypeError("Cannot read properties of undefined (reading 'trim')");
            return real['people.update'](input);
          },
        };
      },
      dispatch: (handlers) => mutantDispatch(handlers, {}, false),
    },
    operations: ['people.update'],
    seen: /^threw across IPC: TypeError/,
  },
];

describe('the IPC fuzz finds each bug it once missed (mutation check)', () => {
  const tmp = tempDir();
  let context: FuzzContext;
  beforeAll(async () => {
    context = await seedFuzzDatabase(tmp.file('seeded.sqlite'));
  });
  afterAll(() => tmp.cleanup());

  for (const mutant of MUTANTS) {
    it(`catches: ${mutant.bug}`, async () => {
      const seeded = { file: tmp.file('seeded.sqlite'), context, workDir: tmp.dir };
      const options = { storedContentRules: mutant.storedContentRules };
      // The same operations with the real stack report nothing: the findings are the mutant's. (The
      // stored-content check passes on the real stack only once the content allow-list is in.)
      if (!mutant.storedContentRules) {
        expect((await fuzzOperations(REAL_TARGET, seeded, mutant.operations)).findings).toEqual([]);
      }
      const report = await fuzzOperations(mutant.target, seeded, mutant.operations, options);
      expect(
        report.findings.map((f) => f.problem).filter((p) => mutant.seen.test(p)),
        `the fuzz missed "${mutant.bug}"`,
      ).not.toEqual([]);
    }, 60_000);
  }

  it('catches: no IPC sender check on the desktop channels', async () => {
    expect((await fuzzDesktop(bindDesktop)).findings).toEqual([]);
    const report = await fuzzDesktop((ipc, services, log) => bindDesktop(ignoringSender(ipc), services, log));
    expect(report.findings.some((f) => /expected forbidden|service ran for a refused/.test(f.problem))).toBe(true);
  });
});
