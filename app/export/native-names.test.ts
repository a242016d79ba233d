import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, OperationName, OutputOf } from '../api/contract';
import type { Result } from '../api/result';
import { seedDemo } from '../demo/seed';
import type { SerializedNode } from '../domain/content';
import { openTestStore, value } from '../testing/fixtures';

/** Issue 18: a biographical note shows its subject's native-script name beside the canonical one. */
let t: ReturnType<typeof openTestStore>;
let visitId: string;
beforeEach(() => {
  t = openTestStore();
  visitId = seedDemo(t.store).visitId;
});
afterEach(() => t.close());

const call = async <K extends OperationName>(name: K, input: InputOf<K>) =>
  value((await t.dispatch(name, input)) as Result<OutputOf<K>>);

/** The demo visit with a Kazakh counterpart: the subject of a new biographical note. */
async function bioOfTokayev() {
  const { visit } = await call('visits.get', { id: visitId });
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = visit;
  await call('visits.update', { id: visitId, ...fields, counterpartId: 'demo-person-tokayev' });
  return call('notes.create', {
    visitId,
    title: 'Biographical note: President Tokayev',
    template: 'biographical-note',
  });
}

const wordText = async (noteId: string) => {
  const out = await call('export.note', { noteId });
  const buffer = Buffer.from(out.base64, 'base64');
  return {
    html: (await mammoth.convertToHtml({ buffer })).value,
    raw: (await mammoth.extractRawText({ buffer })).value,
  };
};

describe('native-script names in a biographical note', () => {
  it('the Word export heads the note with both names, as a Word heading', async () => {
    const note = await bioOfTokayev();
    const { html, raw } = await wordText(note.id);
    expect(raw).toContain('Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)');
    expect(html).toContain('<h1>Biographical note: Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)</h1>');
  });

  it('the print/PDF view shows the same heading', async () => {
    const note = await bioOfTokayev();
    const { html } = await call('export.printView', { noteId: note.id });
    expect(html).toContain('Biographical note: Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)');
  });

  it('a person field with the native name exports for anyone of the visit, names alone where there is no other script', async () => {
    const field = (personId: string): SerializedNode => ({
      type: 'field',
      version: 1,
      field: 'person.name.native',
      personId,
    });
    const el = { version: 1, direction: null, format: '', indent: 0 } as const;
    const content = {
      root: {
        type: 'root',
        ...el,
        children: [
          { type: 'paragraph', ...el, children: [field('demo-person-nazarbayev')] },
          { type: 'paragraph', ...el, children: [field('demo-person-oktay')] },
        ],
      },
    } as unknown as InputOf<'notes.create'>['content'];
    const note = await call('notes.create', { visitId, title: 'Who is who', content });
    const { raw } = await wordText(note.id);
    expect(raw).toContain('Nursultan Nazarbayev (Нұрсұлтан Назарбаев)');
    expect(raw).toContain('Fuat Oktay');
    expect(raw).not.toContain('Fuat Oktay (');
    // The person id travels through the content allow-list with the new kind.
    const saved = await call('notes.get', { id: note.id });
    expect(JSON.stringify(saved.content)).toContain('"personId":"demo-person-nazarbayev"');
  });

  it('a cleared note keeps the names it was cleared with, in Word and in print', async () => {
    const note = await bioOfTokayev();
    await call('notes.setStatus', { id: note.id, status: 'review' });
    await call('notes.setStatus', { id: note.id, status: 'cleared' });
    const tokayev = (await call('visits.get', { id: visitId })).people.find((p) => p.id === 'demo-person-tokayev')!;
    const { id, ...person } = tokayev;
    await call('people.update', { id, ...person, nativeName: 'Тоқаев Қасым-Жомарт Кемелұлы' });
    expect((await wordText(note.id)).raw).toContain('Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)');
    expect((await call('export.printView', { noteId: note.id })).html).toContain(
      'Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)',
    );
  });
});
