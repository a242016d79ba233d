import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteContent } from '../domain/content';
import type { Note } from '../domain/note';
import type { Visit } from '../domain/visit';
import type { UserTemplate } from '../store/templates';
import { doc, openTestStore, value, VISIT_INPUT } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
let visit: Visit;

beforeEach(async () => {
  t = openTestStore();
  visit = value(await t.dispatch('visits.create', VISIT_INPUT)) as Visit;
});
afterEach(() => t.close());

const fieldsOf = (content: unknown) =>
  [...JSON.stringify(content).matchAll(/"field":"([a-zA-Z.]+)"/g)].map((m) => m[1]);

describe('a new note from a template', () => {
  it('starts with the built-in template’s headings and live fields', async () => {
    const note = value(
      await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', template: 'meeting-brief' }),
    ) as Note;
    const json = JSON.stringify(note.content);
    expect(json).toContain('Points to make');
    expect(fieldsOf(note.content)).toEqual(
      expect.arrayContaining(['meeting.title', 'meeting.time', 'meeting.place', 'meeting.participants']),
    );
  });

  it('starts with a user template’s content, and later edits of the template do not change it', async () => {
    const template = value(
      await t.dispatch('templates.save', { name: 'Call note', content: doc('Our own call format') }),
    ) as UserTemplate;
    const note = value(
      await t.dispatch('notes.create', { visitId: visit.id, title: 'Call', template: template.id }),
    ) as Note;
    expect(JSON.stringify(note.content)).toContain('Our own call format');
    await t.dispatch('templates.save', { id: template.id, name: 'Call note', content: doc('Changed') });
    const again = value(await t.dispatch('notes.get', { id: note.id })) as Note;
    expect(JSON.stringify(again.content)).toContain('Our own call format');
  });

  it('keeps content it is given over the template’s', async () => {
    const note = value(
      await t.dispatch('notes.create', {
        visitId: visit.id,
        title: 'Brief',
        template: 'meeting-brief',
        content: doc('Pasted from elsewhere'),
      }),
    ) as Note;
    expect((note.content as NoteContent).root.children).toHaveLength(1);
  });

  it('refuses a template that does not exist, naming it, and creates nothing', async () => {
    const r = await t.dispatch('notes.create', { visitId: visit.id, title: 'Brief', template: 'template_gone' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'template' }] } });
    expect(r.ok ? '' : r.error.message).toContain('template_gone');
    expect(value(await t.dispatch('notes.list', { visitId: visit.id }))).toEqual([]);
  });
});
