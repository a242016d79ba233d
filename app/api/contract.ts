import { z } from 'zod';
import { Id } from '../domain/ids';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import { VisitInput, type Visit, type VisitSummary } from '../domain/visit';

/**
 * Every operation the app offers: its name, the schema its input is parsed with, and the type of
 * its output. main/ binds each one to IPC, the preload exposes each one on window.briefing, the
 * CLI and the browser test harness call the same handlers. Adding an operation here is the only
 * way to add one.
 */
export interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}

const NoInput = z.strictObject({}).optional();
const ById = z.strictObject({ id: Id });

export interface VisitDetail {
  visit: Visit;
  people: Person[];
  programme: ProgrammeItem[];
}

export const contract = {
  'visits.list': op<VisitSummary[]>()(NoInput),
  'visits.get': op<VisitDetail>()(ById),
  'visits.create': op<Visit>()(VisitInput),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K] extends Operation<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
