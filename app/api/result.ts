/**
 * The envelope every operation answers with. Handlers never throw across the boundary: IPC,
 * the CLI and the test harness all see the same shape.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'already_exists',
  'conflict',
  'read_only',
  'unsupported_schema',
  'corrupt_database',
  'storage_error',
  'forbidden',
  'internal',
  /** A job (an export, parsing an import) ran past its time or memory budget and was stopped. */
  'budget_exceeded',
  /** What the operation needs is not on this machine (e.g. no Chromium for a PDF from the CLI). */
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "endDate" or "people.2.titles.0.from". */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  /** For invalid_input: one entry per offending field, so a form can show each message in place. */
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: AppError } {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** An expected failure raised inside app/ code; the dispatcher turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
