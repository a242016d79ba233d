import type { Result } from './result';
import type { InputOf, OperationName, OutputOf } from './contract';

/**
 * The shape of window.briefing: one method per contract operation, named as in the contract.
 * The preload (Electron) and the browser test harness both build exactly this object.
 */
export type BriefingBridge = {
  readonly [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};
