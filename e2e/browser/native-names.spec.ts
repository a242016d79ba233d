import { DEMO_VISIT_ID } from '../../app/demo/kazakhstan-turkey';
import { seedDemo } from '../../app/demo/seed';
import type { Visit } from '../../app/domain/visit';
import { must } from './harness';
import { expect, test } from './fixtures';

test('a biographical note shows its subject in both scripts, and any person can be inserted so', async ({
  harness,
  page,
  note,
}) => {
  seedDemo(harness.store);
  // The visit's counterpart becomes the Kazakh president: the subject of a new biographical note.
  const { visit } = await must<{ visit: Visit }>(harness, 'visits.get', { id: DEMO_VISIT_ID });
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = visit;
  await must(harness, 'visits.update', { id: DEMO_VISIT_ID, ...fields, counterpartId: 'demo-person-tokayev' });
  const bio = await must<{ id: string }>(harness, 'notes.create', {
    visitId: DEMO_VISIT_ID,
    title: 'Biographical note: President Tokayev',
    template: 'biographical-note',
  });
  await note.open(DEMO_VISIT_ID, bio.id);
  await expect(note.content.locator('h1')).toHaveText('Biographical note: Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)');

  // Typed in Cyrillic, the field menu offers the person with both names.
  await note.focusEnd();
  await note.press('Enter');
  await note.type('Also: {Назарб');
  const menu = page.getByRole('listbox', { name: 'Insert a field' });
  await expect(menu.getByRole('option')).toHaveCount(1);
  await expect(menu.getByRole('option')).toContainText('Nursultan Nazarbayev (Нұрсұлтан Назарбаев)');
  await note.press('Enter');
  await expect(note.content).toContainText('Also: Nursultan Nazarbayev (Нұрсұлтан Назарбаев)');
  await note.expectSaved();
  const { content } = await must<{ content: unknown }>(harness, 'notes.get', { id: bio.id });
  expect(JSON.stringify(content)).toContain('"field":"person.name.native","personId":"demo-person-nazarbayev"');
});
