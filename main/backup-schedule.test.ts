import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_EVERY_MS, FIRST_BACKUP_AFTER_MS, scheduleBackups } from './backup-schedule';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scheduled backups', () => {
  it('run a few minutes after start, then every hour, keep going after a failure, and stop on quit', async () => {
    const log: string[] = [];
    let calls = 0;
    const stop = scheduleBackups(
      async () => {
        calls++;
        if (calls === 2) throw new Error('disk full');
      },
      (m) => log.push(m),
    );
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_AFTER_MS - 1);
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(BACKUP_EVERY_MS);
    await vi.advanceTimersByTimeAsync(BACKUP_EVERY_MS);
    expect(calls).toBe(3);
    expect(log).toEqual(['backup written', 'backup failed: disk full', 'backup written']);
    stop();
    await vi.advanceTimersByTimeAsync(BACKUP_EVERY_MS * 3);
    expect(calls).toBe(3);
  });
});
