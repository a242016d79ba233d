/** Timestamps are ISO 8601 UTC with milliseconds; injectable so tests can pin them. */
export type Clock = () => string;
export const systemClock: Clock = () => new Date().toISOString();
