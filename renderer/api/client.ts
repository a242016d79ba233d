import type { InputOf, OperationName, OutputOf } from '../../app/api/contract';
import type { AppError, Result } from '../../app/api/result';

type LooseBridge = Record<string, ((input: unknown) => Promise<Result<unknown>>) | undefined>;

/** One call over window.briefing; a missing bridge or a rejected IPC call becomes a Result. */
async function invoke(op: string, input: unknown): Promise<Result<unknown>> {
  const bridge = window.briefing as unknown as LooseBridge | undefined;
  const method = bridge?.[op];
  if (typeof method !== 'function') {
    return {
      ok: false,
      error: { code: 'internal', message: `Briefing is not connected to its data (no operation ${op}).` },
    };
  }
  try {
    return await method(input);
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `The app did not answer: ${(e as Error).message ?? e}` } };
  }
}

/**
 * The renderer's only door to the app. A missing bridge (the page opened outside the app) and a
 * rejected IPC call become ordinary failures, so views handle one shape.
 */
export async function call<K extends OperationName>(op: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  return (await invoke(op, input)) as Result<OutputOf<K>>;
}

/**
 * Sends a call without waiting for its answer: for `pagehide`, where the page may be gone before
 * any promise settles. The bridge posts the message synchronously, so the app still receives it.
 */
export function send(op: string, input: unknown): void {
  void invoke(op, input);
}

/** Messages by field path ("endDate") for a form, from an invalid_input error. */
export function messagesByField(error: AppError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    if (!(issue.path in out)) out[issue.path] = issue.message;
  }
  return out;
}
