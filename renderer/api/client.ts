import type { InputOf, OperationName, OutputOf } from '../../app/api/contract';
import type { AppError, Result } from '../../app/api/result';

/**
 * The renderer's only door to the app. A missing bridge (the page opened outside the app) and a
 * rejected IPC call become ordinary failures, so views handle one shape.
 */
export async function call<K extends OperationName>(op: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const bridge = window.briefing;
  if (!bridge || typeof bridge[op] !== 'function') {
    return { ok: false, error: { code: 'internal', message: 'Briefing is not connected to its data (no bridge).' } };
  }
  try {
    return await bridge[op](input);
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` } };
  }
}

/** Messages by field path ("endDate") for a form, from an invalid_input error. */
export function messagesByField(error: AppError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    if (!(issue.path in out)) out[issue.path] = issue.message;
  }
  return out;
}
