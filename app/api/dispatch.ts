import { isCorruption } from '../store/corruption';
import { isOperationName, contract, type OperationName } from './contract';
import type { Handlers } from './handlers';
import { AppFailure, fail, ok, type Result } from './result';
import { fieldIssues, summarise } from './validation';

export type Dispatch = (operation: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The single entry point every caller goes through (IPC, CLI, test harness): look the operation
 * up, parse the input with its schema, run the handler, and turn anything thrown into a Result.
 * Nothing thrown crosses this line, and no stack or internal path leaks out of it.
 */
export function createDispatch(handlers: Handlers, log: (e: unknown) => void = () => {}): Dispatch {
  return async (operation, input) => {
    if (!isOperationName(operation)) {
      return fail('unknown_operation', `Unknown operation: ${String(operation).slice(0, 80)}`);
    }
    const name: OperationName = operation;
    let parsed: ReturnType<(typeof contract)[OperationName]['input']['safeParse']>;
    try {
      parsed = contract[name].input.safeParse(input);
    } catch (e) {
      // A transform may throw on input no schema anticipated (e.g. nesting deep enough to
      // exhaust the stack): still the caller's input at fault, still an answer, not a crash.
      log(e);
      return fail('invalid_input', 'The input could not be read (it is malformed or nested too deeply).');
    }
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      return fail('invalid_input', summarise(issues), issues);
    }
    try {
      const handler = handlers[name] as (i: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof AppFailure) return fail(e.code, e.message, e.issues);
      log(e);
      if (isCorruption(e)) {
        return fail(
          'corrupt_database',
          `The database is damaged (${(e as Error).message}); nothing was changed. Restore it from the newest backup.`,
        );
      }
      return fail('internal', 'Something went wrong inside Briefing; nothing was changed. Details are in the log.');
    }
  };
}
