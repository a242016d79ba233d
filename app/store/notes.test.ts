import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent } from '../domain/content';
import type { Note, RevisionInfo } from '../domain/note';
import type { Visit } from '../domain/visit';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
let clock: number;
let visit: Visit;

beforeEach(async () => {
  clock = Date.parse('2026-11-25T10:00:00Z');
  t = openTestStore(() => new Date(clock).toISOString());
  visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit;
});
afterEach(() => t.close());

async function newNote(extra: Record<string, unknown> = {}): Promise<Note> {
  return value(await t.dispatch('notes.create', { visitId: visit.id, title: 'Scene-setter', ...extra })) as Note;
}

describe('notes', () => {
  it('are created at revision 1 with the visit’s classification and an empty document', async () => {
    const note = await newNote();
    expect(note).toMatchObject({ revision: 1, status: 'draft', classification: 'OFFICIAL', template: null });
    expect(value(await t.dispatch('notes.list', { visitId: visit.id }))).toEqual([
      expect.objectContaining({ id: note.id, title: 'Scene-setter' }),
    ]);
  });

  it('are listed most recently changed first', async () => {
    const first = await newNote({ title: 'First' });
    clock += 1000;
    const second = await newNote({ title: 'Second' });
    clock += 1000;
    value(await t.dispatch('notes.save', { id: first.id, baseRevision: 1, content: doc('edited') }));
    const listed = value(await t.dispatch('notes.list', { visitId: visit.id })) as Note[];
    expect(listed.map((n) => n.id)).toEqual([first.id, second.id]);
  });

  it('save on top of the revision they were based on, and read back exactly', async () => {
    const note = await newNote();
    const content = doc('Türkiye is an important, strategic and reliable partner.', '\u202Eright-to-left\u202C');
    const saved = value(await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content }));
    expect(saved).toMatchObject({ revision: 2 });
    const got = value(await t.dispatch('notes.get', { id: note.id })) as Note;
    expect(got.content).toEqual(content);
    expect(got.revision).toBe(2);
  });

  it('refuse a stale save as a conflict naming the current revision, keeping the newer text', async () => {
    const note = await newNote();
    value(await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('from laptop A') }));
    const stale = await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('from laptop B') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!stale.ok) expect(stale.error.message).toContain('revision 2');
    const got = value(await t.dispatch('notes.get', { id: note.id })) as Note;
    expect(got.content).toEqual(doc('from laptop A'));
  });

  it('are read-only once cleared, until reopened; reopening is in the history', async () => {
    const note = await newNote();
    value(await t.dispatch('notes.setStatus', { id: note.id, status: 'review' }));
    const cleared = value(await t.dispatch('notes.setStatus', { id: note.id, status: 'cleared' })) as Note;
    const refused = await t.dispatch('notes.save', { id: note.id, baseRevision: cleared.revision, content: doc('x') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });

    const reopened = value(await t.dispatch('notes.setStatus', { id: note.id, status: 'draft' })) as Note;
    expect(reopened.status).toBe('draft');
    value(await t.dispatch('notes.save', { id: note.id, baseRevision: reopened.revision, content: doc('edited') }));
    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as { reason: string }[];
    expect(history.map((h) => h.reason)).toEqual(['reopened', 'status', 'status', 'created']);
  });

  it('refuse a status jump the workflow does not allow', async () => {
    const note = await newNote();
    const r = await t.dispatch('notes.setStatus', { id: note.id, status: 'cleared' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'A draft note cannot go to cleared directly.' },
    });
  });

  it('keep an editing snapshot at most every five minutes, and restore one as a new revision', async () => {
    const note = await newNote();
    let rev = 1;
    for (const text of ['one', 'two', 'three']) {
      clock += 60_000;
      rev = (
        value(await t.dispatch('notes.save', { id: note.id, baseRevision: rev, content: doc(text) })) as {
          revision: number;
        }
      ).revision;
    }
    clock += 5 * 60_000;
    rev = (
      value(await t.dispatch('notes.save', { id: note.id, baseRevision: rev, content: doc('four') })) as {
        revision: number;
      }
    ).revision;
    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as {
      revision: number;
      reason: string;
    }[];
    expect(history).toEqual([
      expect.objectContaining({ revision: 5, reason: 'edit' }),
      expect.objectContaining({ revision: 1, reason: 'created' }),
    ]);

    const restored = value(await t.dispatch('notes.restore', { id: note.id, revision: 1, baseRevision: rev })) as Note;
    expect(restored.revision).toBe(rev + 1);
    expect(restored.content).toEqual(emptyContent());
    expect((value(await t.dispatch('notes.get', { id: note.id })) as Note).content).toEqual(emptyContent());
  });

  it('keep the text a restore replaces in the history, even between editing snapshots, so a restore can be undone', async () => {
    const note = await newNote();
    clock += 60_000;
    const saved = value(
      await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('typed a minute later') }),
    ) as { revision: number; updatedAt: string };
    // One minute after the last snapshot: this text is in no snapshot yet.
    const restored = value(
      await t.dispatch('notes.restore', { id: note.id, revision: 1, baseRevision: saved.revision }),
    ) as Note;
    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as RevisionInfo[];
    expect(history.map((h) => [h.revision, h.reason])).toEqual([
      [restored.revision, 'restored'],
      [saved.revision, 'edit'],
      [1, 'created'],
    ]);
    expect(history[1]!.createdAt).toBe(saved.updatedAt);
    const replaced = value(await t.dispatch('notes.revision', { id: note.id, revision: saved.revision }));
    expect(replaced).toMatchObject({ revision: saved.revision, reason: 'edit', content: doc('typed a minute later') });
  });

  it('give one revision’s content for a preview, and refuse a revision that was never kept', async () => {
    const note = await newNote({ content: doc('first words') });
    value(await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('second words') }));
    expect(value(await t.dispatch('notes.revision', { id: note.id, revision: 1 }))).toEqual({
      revision: 1,
      reason: 'created',
      title: 'Scene-setter',
      status: 'draft',
      createdAt: note.createdAt,
      content: doc('first words'),
    });
    const missing = await t.dispatch('notes.revision', { id: note.id, revision: 2 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!missing.ok) expect(missing.error.message).toBe(`Note ${note.id} has no saved revision 2.`);
  });

  it('refuse content with an unknown node type, naming it and its path, and write nothing', async () => {
    const note = await newNote();
    const content = doc('ok');
    (content.root.children[0] as { children: unknown[] }).children.push({ type: 'image', version: 1, src: 'x.png' });
    const r = await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (r.ok) return;
    expect(r.error.message).toBe('content.root.children.0.children.1.type: unknown node type "image"');
    expect((value(await t.dispatch('notes.get', { id: note.id })) as Note).revision).toBe(1);
  });

  it('refuse a 10 MB note with a clear message', async () => {
    const note = await newNote();
    const r = await t.dispatch('notes.save', { id: note.id, baseRevision: 1, content: doc('x'.repeat(10_000_000)) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain('too large');
  });

  it('refuse a programme item of another visit', async () => {
    const other = value(await t.dispatch('visits.create', { ...VISIT_INPUT, title: 'Other' })) as Visit;
    const item = value(
      await t.dispatch('programme.create', { visitId: other.id, start: '2021-03-04T10:00', title: 'Talks' }),
    ) as { id: string };
    const r = await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', programmeItemId: item.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'programmeItemId' }] } });
  });
});
