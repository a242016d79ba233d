/** Hourly backups while the app runs, the first a few minutes after start (not on the start path). */
export const FIRST_BACKUP_AFTER_MS = 5 * 60 * 1000;
export const BACKUP_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs `backup` on a schedule; a failure is logged and the next run still happens. Returns a stop
 * function (called on quit). Overlapping runs are skipped: a slow disk never stacks backups.
 */
export function scheduleBackups(backup: () => Promise<unknown>, log: (msg: string) => void): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    backup()
      .then(() => log('backup written'))
      .catch((e: unknown) => log(`backup failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, FIRST_BACKUP_AFTER_MS);
  const every = setInterval(run, BACKUP_EVERY_MS);
  first.unref?.();
  every.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
