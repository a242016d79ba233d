// The long crash-safety soak (1000 SIGKILL trials by default): npx tsx scripts/soak-crash.ts [TRIALS]
// npm test runs the same trial 50 times (app/store/crash/crash-safety.test.ts).
import { createDispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { crashTrial } from '../app/store/crash/trial';
import { Store } from '../app/store/store';
import { tempDir } from '../app/testing/temp';
import { VISIT_INPUT } from '../app/testing/fixtures';

async function main(): Promise<void> {
  const trials = Number(process.argv[2] ?? 1000);
  const tmp = tempDir('briefing-soak-');
  const file = tmp.file('soak.sqlite');
  const store = Store.open(file);
  const dispatch = createDispatch(createHandlers(store));
  const visit = await dispatch('visits.create', VISIT_INPUT);
  if (!visit.ok) throw new Error(visit.error.message);
  const note = await dispatch('notes.create', { visitId: (visit.value as { id: string }).id, title: 'Soak' });
  if (!note.ok) throw new Error(note.error.message);
  store.close();
  let failures = 0;
  for (let i = 1; i <= trials; i++) {
    const r = await crashTrial(file, (note.value as { id: string }).id, Math.floor(Math.random() * 150));
    const good =
      r.integrity === 'ok' && r.stored >= r.acknowledged && r.stored <= r.acknowledged + 1 && r.contentMatches;
    if (!good) {
      failures++;
      console.error(`trial ${i}: LOST ${JSON.stringify(r)}`);
    }
    if (i % 50 === 0) console.log(`${i}/${trials} trials, ${failures} failed`);
  }
  tmp.cleanup();
  console.log(`soak: ${trials - failures} passed, ${failures} failed`);
  process.exitCode = failures ? 1 : 0;
}
void main();
