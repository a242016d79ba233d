/**
 * Child process of the crash-safety test: saves revisions of one note in a loop through the real
 * dispatch and prints "ack <revision>" only after each save has returned (committed). The parent
 * kills it with SIGKILL at a random moment.
 */
import { createDispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import { Store } from '../store';
import { contentFor } from './content';

const [file, noteId] = process.argv.slice(2) as [string, string];
const store = Store.open(file);
const dispatch = createDispatch(createHandlers(store));

async function main(): Promise<void> {
  const got = await dispatch('notes.get', { id: noteId });
  if (!got.ok) throw new Error(got.error.message);
  let revision = (got.value as { revision: number }).revision;
  for (;;) {
    const r = await dispatch('notes.save', { id: noteId, baseRevision: revision, content: contentFor(revision + 1) });
    if (!r.ok) throw new Error(r.error.message);
    revision = (r.value as { revision: number }).revision;
    process.stdout.write(`ack ${revision}\n`);
  }
}
void main();
