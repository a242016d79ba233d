import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed';
import { demoProgramme } from '../demo/kazakhstan-turkey';
import type { NoteContent } from '../domain/content';
import type { Note, RevisionInfo } from '../domain/note';
import { exportVisit } from '../interchange/export';
import { openTestStore, value } from '../testing/fixtures';
import type { WordExport } from './contract';

const VISIT = 'demo-visit-kz-tr-2021';
const ITEM = 'demo-item-oktay';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
  seedDemo(t.store);
});
afterEach(() => t.close());

async function newBrief(classification = 'OFFICIAL', programmeItemId: string | null = ITEM): Promise<Note> {
  return value(
    await t.dispatch('notes.create', {
      visitId: VISIT,
      title: 'Meeting brief: Oktay',
      template: 'meeting-brief',
      classification,
      programmeItemId,
    }),
  ) as Note;
}

async function clear(id: string): Promise<Note> {
  value(await t.dispatch('notes.setStatus', { id, status: 'review' }));
  return value(await t.dispatch('notes.setStatus', { id, status: 'cleared' })) as Note;
}

async function moveMeeting(start: string, end: string) {
  const item = demoProgramme.find((p) => p.id === ITEM)!;
  value(await t.dispatch('programme.update', { ...item, start, end }));
}

async function documentXml(out: WordExport, part = 'word/document.xml') {
  const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
  return (await zip.file(part)?.async('string')) ?? '';
}

async function headersAndFooters(out: WordExport) {
  const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
  const names = Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

describe('clearance freezes what was cleared', () => {
  it('records who cleared and the values; a later change to the meeting is reported, not exported', async () => {
    value(await t.dispatch('settings.set', { author: 'A. Desk Officer' }));
    const note = await newBrief();
    const cleared = await clear(note.id);
    expect(cleared.clearance?.by).toBe('A. Desk Officer');
    expect(cleared.clearance?.fields['meeting.time']).toBe('Friday 5 March 2021, 10:00–11:00 local time (Ankara)');

    await moveMeeting('2021-03-05T10:30', '2021-03-05T11:30');
    const after = value(await t.dispatch('notes.get', { id: note.id })) as Note;
    expect(after.updatedAt).toBe(cleared.updatedAt);
    const out = value(await t.dispatch('export.note', { noteId: note.id })) as WordExport;
    const xml = await documentXml(out);
    expect(xml).toContain('10:00–11:00');
    expect(xml).not.toContain('10:30');

    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as RevisionInfo[];
    expect(history[0]).toMatchObject({ reason: 'status', status: 'cleared', by: 'A. Desk Officer' });
  });

  it('reopening unfreezes: fields are live again and the history says who reopened', async () => {
    const note = await clear((await newBrief()).id);
    await moveMeeting('2021-03-05T10:30', '2021-03-05T11:30');
    const reopened = value(await t.dispatch('notes.setStatus', { id: note.id, status: 'draft' })) as Note;
    expect(reopened.clearance).toBeNull();
    const xml = await documentXml(value(await t.dispatch('export.note', { noteId: note.id })) as WordExport);
    expect(xml).toContain('10:30–11:30');
    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as RevisionInfo[];
    expect(history[0]).toMatchObject({ reason: 'reopened', by: 'Unknown author' });
  });

  it('travels in the interchange file (version 2) and comes back on import', async () => {
    const note = await clear((await newBrief()).id);
    const file = exportVisit(t.store, VISIT);
    expect(file.version).toBe(2);
    const other = openTestStore();
    try {
      value(await other.dispatch('interchange.import', { file }));
      const back = value(await other.dispatch('notes.get', { id: note.id })) as Note;
      expect(back.clearance).toEqual(note.clearance);
    } finally {
      other.close();
    }
  });
});

describe('a note carries its own marking', () => {
  it('a RESTRICTED note of an OFFICIAL visit says RESTRICTED in its header, footer and Classification field', async () => {
    const note = await newBrief('RESTRICTED');
    const out = value(await t.dispatch('export.note', { noteId: note.id })) as WordExport;
    const parts = await headersAndFooters(out);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(part).toContain('RESTRICTED');
      expect(part).not.toContain('OFFICIAL');
    }
    const xml = await documentXml(out);
    expect(xml).toContain('>RESTRICTED<');
    expect(xml).not.toContain('>OFFICIAL<');
  });

  it('title, marking and meeting change from the header and each change is in the history with who', async () => {
    value(await t.dispatch('settings.set', { author: 'Desk' }));
    const note = await newBrief('OFFICIAL', null);
    const raised = value(
      await t.dispatch('notes.update', { id: note.id, classification: 'RESTRICTED', programmeItemId: ITEM }),
    ) as Note;
    expect(raised).toMatchObject({ classification: 'RESTRICTED', programmeItemId: ITEM, revision: note.revision + 1 });
    const lowered = value(await t.dispatch('notes.update', { id: note.id, classification: 'OFFICIAL' })) as Note;
    expect(lowered.classification).toBe('OFFICIAL');
    const history = value(await t.dispatch('notes.revisions', { id: note.id })) as RevisionInfo[];
    expect(history[0]).toMatchObject({
      reason: 'details',
      by: 'Desk',
      detail: 'Classification lowered: RESTRICTED → OFFICIAL',
    });
    expect(history[1]!.detail).toBe(
      'Classification raised: OFFICIAL → RESTRICTED; Meeting: the whole visit → Meeting with Vice-President Fuat Oktay',
    );
  });

  it('refuses a marking off the list, a meeting of another visit, and any change to a cleared note', async () => {
    const note = await newBrief();
    const bad = await t.dispatch('notes.update', { id: note.id, classification: 'SECRET' });
    expect(bad.ok).toBe(false);
    const other = await t.dispatch('notes.update', { id: note.id, programmeItemId: 'no-such-item' });
    expect(other.ok).toBe(false);
    await clear(note.id);
    const r = await t.dispatch('notes.update', { id: note.id, title: 'New title' });
    expect(r.ok ? null : r.error.code).toBe('read_only');
  });
});

describe('unfinished notes in an export', () => {
  it('leaves placeholders and missing fields out by default and names the note in the warning', async () => {
    const note = await newBrief('OFFICIAL', null);
    const out = value(await t.dispatch('export.note', { noteId: note.id })) as WordExport;
    const xml = await documentXml(out);
    expect(xml).not.toContain('[');
    expect(xml).not.toContain('missing:');
    // A list item or paragraph that held only a placeholder goes with it: no empty "1." or bullet.
    expect(xml).not.toContain('</w:numPr></w:pPr></w:p>');
    expect(out.warnings).toContain(
      'Meeting brief: Oktay: 9 placeholders, Meeting missing, Meeting time missing, Meeting place missing, Participants missing',
    );
  });

  it('keeps them when asked', async () => {
    const note = await newBrief('OFFICIAL', null);
    const out = value(await t.dispatch('export.note', { noteId: note.id, keepPlaceholders: true })) as WordExport;
    const xml = await documentXml(out);
    expect(xml).toContain('[What we want from this meeting, most important first.]');
    expect(xml).toContain('[missing: Meeting place]');
  });

  it('the pack names each unfinished brief and leaves their placeholders out', async () => {
    await newBrief();
    const out = value(await t.dispatch('export.pack', { visitId: VISIT })) as WordExport;
    const xml = await documentXml(out);
    expect(xml).not.toContain('[What we want');
    expect(xml).not.toContain('missing:');
    expect(out.warnings.some((w) => w.startsWith('Meeting brief: Oktay: 9 placeholders'))).toBe(true);
  });
});

describe('a version 1 interchange file', () => {
  it("imports with its italic '[…]' prompts as placeholders", async () => {
    const italic = (text: string) => ({
      type: 'text',
      version: 1,
      text,
      format: 2,
      detail: 0,
      mode: 'normal',
      style: '',
    });
    const content = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, textFormat: 2, children: [italic('[Say why]')] }],
      },
    };
    const file = exportVisit(t.store, VISIT);
    const v1 = {
      ...file,
      version: 1,
      visit: { ...file.visit, id: 'v1-visit' },
      people: [],
      programme: [],
      notes: [{ id: 'v1-note', title: 'Old', status: 'draft', classification: 'OFFICIAL', content }],
      templates: [{ id: 'v1-template', name: 'Old template', content }],
    };
    value(
      await t.dispatch('interchange.import', {
        file: { ...v1, visit: { ...v1.visit, principalId: null, counterpartId: null } },
        templates: true,
      }),
    );
    const note = value(await t.dispatch('notes.get', { id: 'v1-note' })) as Note;
    const paragraph = (note.content as NoteContent).root.children[0] as unknown as Record<string, unknown>;
    expect(paragraph.children).toEqual([{ type: 'placeholder', version: 1, text: 'Say why' }]);
    expect(paragraph.textFormat).toBe(0);
    expect(t.store.templates.get('v1-template').content.root.children[0]).toMatchObject({
      children: [{ type: 'placeholder', text: 'Say why' }],
    });
  });
});
