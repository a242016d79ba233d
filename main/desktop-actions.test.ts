import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../app/api/desktop';
import { createDispatch, type Dispatch } from '../app/api/dispatch';
import { createHandlers } from '../app/api/handlers';
import { DEMO_VISIT_ID } from '../app/demo/kazakhstan-turkey';
import { seedDemo } from '../app/demo/seed';
import { Store } from '../app/store/store';
import { createInProcessJobRunner } from '../app/jobs/in-process';
import { createDesktopActions, describeImportFailure, jsonPath, type Dialogs } from './desktop-actions';

/** Dialogs that answer as a user would, scripted per test, and remember what they were shown. */
class ScriptedDialogs implements Dialogs {
  openAnswer: string | undefined;
  saveAnswer: string | undefined;
  messageAnswer = 0;
  saveAsked: SaveDialogOptions[] = [];
  messages: MessageBoxOptions[] = [];
  async showOpenDialog() {
    return { canceled: this.openAnswer === undefined, filePaths: this.openAnswer ? [this.openAnswer] : [] };
  }
  async showSaveDialog(options: SaveDialogOptions) {
    this.saveAsked.push(options);
    return this.saveAnswer === undefined ? { canceled: true } : { canceled: false, filePath: this.saveAnswer };
  }
  async showMessageBox(options: MessageBoxOptions) {
    this.messages.push(options);
    return { response: this.messageAnswer };
  }
}

let dir: string;
let store: Store;
let dispatch: Dispatch;
let dialogs: ScriptedDialogs;
let sent: MenuCommand[];
let shown: string[];
let printed: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-desktop-'));
  store = Store.open(path.join(dir, 'briefing.sqlite'));
  dispatch = createDispatch(createHandlers(store));
  dialogs = new ScriptedDialogs();
  sent = [];
  shown = [];
  printed = [];
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function actions(startFolder = path.join(dir, 'Documents')) {
  fs.mkdirSync(startFolder, { recursive: true });
  return createDesktopActions({
    dispatch,
    jobs: createInProcessJobRunner(),
    dialogs,
    startFolder,
    sendToPage: (c) => sent.push(c),
    showItemInFolder: (f) => shown.push(f),
    printHtml: async (html) => (printed.push(html), { printed: true }),
  });
}

/** The demo visit as an interchange file on disk, and the database emptied again. */
async function demoVisitFile(edit: (json: Record<string, unknown>) => void = () => {}): Promise<string> {
  seedDemo(store);
  const r = await dispatch('interchange.export', { visitId: DEMO_VISIT_ID });
  if (!r.ok) throw new Error(r.error.message);
  await dispatch('visits.delete', { id: DEMO_VISIT_ID });
  const json = r.value as Record<string, unknown>;
  edit(json);
  const file = path.join(dir, 'visit.json');
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

async function visitTitles(): Promise<string[]> {
  const r = await dispatch('visits.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { title: string }[]).map((v) => v.title);
}

const filesIn = (folder: string) => fs.readdirSync(folder).sort();

describe('File → Import visit…', () => {
  it('does nothing when the open dialog is cancelled', async () => {
    await actions().importVisit();
    expect(dialogs.messages).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('imports the file, shows the visit and says what came in', async () => {
    dialogs.openAnswer = await demoVisitFile();
    await actions().importVisit();
    expect(await visitTitles()).toHaveLength(1);
    expect(sent).toEqual([{ command: 'open-visit', visitId: DEMO_VISIT_ID }]);
    expect(dialogs.messages).toHaveLength(1);
    expect(dialogs.messages[0]).toMatchObject({ type: 'info', message: 'Imported visit.json' });
    expect(dialogs.messages[0]!.detail).toMatch(/^\d+ people, \d+ programme items and \d+ notes\.$/);
  });

  it('names the JSON path of the first problem and imports nothing', async () => {
    dialogs.openAnswer = await demoVisitFile((json) => {
      const people = json.people as Record<string, unknown>[];
      delete people[1]!.name;
    });
    await actions().importVisit();
    expect(await visitTitles()).toEqual([]);
    expect(sent).toEqual([]);
    expect(dialogs.messages).toHaveLength(1);
    expect(dialogs.messages[0]).toMatchObject({ type: 'error', message: 'visit.json could not be imported.' });
    expect(dialogs.messages[0]!.detail).toMatch(/^The first problem is at people\[1\]\.name: /);
  });

  it('says so when the file is not JSON', async () => {
    const file = path.join(dir, 'notes.json');
    fs.writeFileSync(file, '{"format": "briefing.visit", ');
    dialogs.openAnswer = file;
    await actions().importVisit();
    expect(dialogs.messages[0]).toMatchObject({ type: 'error', message: 'notes.json could not be imported.' });
    expect(dialogs.messages[0]!.detail).toContain('is not valid JSON');
  });

  it('asks before replacing a visit that is already there, and keeps it when the answer is Cancel', async () => {
    const file = await demoVisitFile();
    dialogs.openAnswer = file;
    await actions().importVisit();
    const renamed = JSON.parse(fs.readFileSync(file, 'utf8'));
    renamed.visit.title = 'Renamed in the file';
    fs.writeFileSync(file, JSON.stringify(renamed));
    const before = await visitTitles();

    dialogs.messages = [];
    dialogs.messageAnswer = 1; // Cancel
    await actions().importVisit();
    expect(dialogs.messages).toHaveLength(1);
    expect(dialogs.messages[0]).toMatchObject({ type: 'question', buttons: ['Replace', 'Cancel'], cancelId: 1 });
    expect(await visitTitles()).toEqual(before);

    dialogs.messages = [];
    dialogs.messageAnswer = 0; // Replace
    await actions().importVisit();
    expect(await visitTitles()).toEqual(['Renamed in the file']);
    expect(dialogs.messages.at(-1)!.detail).toContain('replacing the visit that was there');
  });
});

describe('File → Export visit to JSON…', () => {
  it('suggests the visit’s title in the Documents folder and writes the interchange file', async () => {
    seedDemo(store);
    const documents = path.join(dir, 'Documents');
    const target = path.join(documents, 'kz-tr.json');
    dialogs.saveAnswer = target;
    await actions(documents).exportVisitJson(DEMO_VISIT_ID);
    const suggested = dialogs.saveAsked[0]!.defaultPath!;
    expect(path.dirname(suggested)).toBe(documents);
    expect(path.basename(suggested)).toMatch(/^Official visit.*\.json$/);
    const written = JSON.parse(fs.readFileSync(target, 'utf8'));
    expect(written).toMatchObject({ format: 'briefing.visit', version: 2, visit: { id: DEMO_VISIT_ID } });
    expect(filesIn(documents)).toEqual(['kz-tr.json']); // no temp file left behind
    expect(dialogs.messages[0]).toMatchObject({ message: 'Exported kz-tr.json', buttons: ['OK', 'Show in folder'] });
  });

  it('adds .json to a name typed without an extension', async () => {
    seedDemo(store);
    dialogs.saveAnswer = path.join(dir, 'Documents', 'for-the-embassy');
    await actions().exportVisitJson(DEMO_VISIT_ID);
    expect(fs.existsSync(path.join(dir, 'Documents', 'for-the-embassy.json'))).toBe(true);
  });

  it('reports a file that cannot be written, naming it', async () => {
    seedDemo(store);
    fs.writeFileSync(path.join(dir, 'not-a-folder'), '');
    dialogs.saveAnswer = path.join(dir, 'not-a-folder', 'visit.json');
    await actions().exportVisitJson(DEMO_VISIT_ID);
    expect(dialogs.messages[0]).toMatchObject({ type: 'error', message: 'The visit could not be exported.' });
    expect(dialogs.messages[0]!.detail).toMatch(/^Could not write visit\.json: /);
  });
});

describe('PDF and print for the page', () => {
  it('prints the print view of a note through the system dialog', async () => {
    seedDemo(store);
    const r = await actions().print({ noteId: 'demo-note-oktay-brief' });
    expect(r).toEqual({ ok: true, value: { printed: true } });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^<!doctype html>/);
    expect(printed[0]).toContain('<title>Meeting brief: Vice-President Fuat Oktay</title>');
  });

  it('prints nothing for a note that is not there', async () => {
    const r = await actions().print({ noteId: 'no-such-note' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(printed).toEqual([]);
  });

  it('fails a PDF export without a dialog where no renderer is at hand', async () => {
    seedDemo(store);
    const r = await actions().savePdfExport({ visitId: DEMO_VISIT_ID });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(dialogs.saveAsked).toEqual([]);
  });
});

describe('saving a Word document for the page', () => {
  it('asks where with the suggested file name, writes the .docx and answers without the path', async () => {
    seedDemo(store);
    const target = path.join(dir, 'Documents', 'brief.docx');
    dialogs.saveAnswer = target;
    const r = await actions().saveWordExport({ noteId: 'demo-note-oktay-brief' });
    expect(r).toEqual({ ok: true, value: { saved: true, fileName: 'brief.docx', warnings: expect.any(Array) } });
    expect(JSON.stringify(r)).not.toContain(dir);
    expect(path.basename(dialogs.saveAsked[0]!.defaultPath!)).toBe('Meeting brief - Vice-President Fuat Oktay.docx');
    expect(dialogs.saveAsked[0]!.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK'); // a zip, as .docx files are
  });

  it('answers saved: false when the dialog is cancelled, writing nothing', async () => {
    seedDemo(store);
    const r = await actions().saveWordExport({ visitId: DEMO_VISIT_ID });
    expect(r).toEqual({ ok: true, value: { saved: false } });
    expect(filesIn(path.join(dir, 'Documents'))).toEqual([]);
  });

  it('fails without a dialog when there is nothing to export', async () => {
    const r = await actions().saveWordExport({ noteId: 'no-such-note' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dialogs.saveAsked).toEqual([]);
  });

  it('opens the next save dialog in the folder chosen last', async () => {
    seedDemo(store);
    const elsewhere = path.join(dir, 'Embassy');
    dialogs.saveAnswer = path.join(elsewhere, 'pack.docx');
    const a = actions();
    await a.exportPack(DEMO_VISIT_ID);
    await a.exportPack(DEMO_VISIT_ID);
    expect(path.dirname(dialogs.saveAsked[1]!.defaultPath!)).toBe(elsewhere);
    expect(dialogs.messages[0]).toMatchObject({ type: 'info', message: 'Exported pack.docx' });
  });
});

describe('File → Back up now', () => {
  it('says where the backup went, and shows it in its folder when asked', async () => {
    seedDemo(store);
    dialogs.messageAnswer = 1; // Show in folder
    await actions().backUpNow();
    const message = dialogs.messages[0]!;
    expect(message).toMatchObject({ type: 'info', message: 'Backup written' });
    const file = message.detail!.split('\n')[0]!;
    expect(path.dirname(file)).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(file)).toBe(true);
    expect(shown).toEqual([file]);
  });
});

describe('describing an import failure', () => {
  it.each([
    ['people.2.titles.0.from', 'people[2].titles[0].from'],
    ['visit.startDate', 'visit.startDate'],
    ['notes.0', 'notes[0]'],
    ['', '(the whole file)'],
  ])('%s is shown as %s', (dotted, shown) => expect(jsonPath(dotted)).toBe(shown));

  it('counts the problems after the first', () => {
    const d = describeImportFailure('v.json', {
      code: 'invalid_input',
      message: 'x',
      issues: [
        { path: 'visit.city', message: 'City is required' },
        { path: 'people.0.name', message: 'Name is required' },
        { path: 'people.1.name', message: 'Name is required' },
      ],
    });
    expect(d.detail).toBe(
      'The first problem is at visit.city: City is required\n(2 more problems after it.)\nNothing was imported.',
    );
  });

  it('passes on a message that has no path (e.g. an id owned by another visit)', () => {
    const d = describeImportFailure('v.json', { code: 'already_exists', message: 'people.0.id: p1 already belongs' });
    expect(d).toEqual({ message: 'v.json could not be imported.', detail: 'people.0.id: p1 already belongs' });
  });
});

describe('File → Import Word document…', () => {
  const LIBREOFFICE_DOCX = path.join(__dirname, '../app/import/fixtures/libreoffice-background.docx');
  const notesOfDemo = async () => {
    const r = await dispatch('notes.list', { visitId: DEMO_VISIT_ID });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { id: string; title: string }[];
  };

  it('imports the chosen file as a note of the open visit, shows it, and says what did not come in', async () => {
    seedDemo(store);
    const before = (await notesOfDemo()).length;
    dialogs.openAnswer = LIBREOFFICE_DOCX;
    await actions().importDocx(DEMO_VISIT_ID);
    const notes = await notesOfDemo();
    expect(notes).toHaveLength(before + 1);
    const added = notes.find((n) => n.title === 'libreoffice-background')!;
    expect(sent).toEqual([{ command: 'open-note', visitId: DEMO_VISIT_ID, noteId: added.id }]);
    expect(dialogs.messages.map((m) => m.detail)).toEqual(['1 image was not imported.']);
  });

  it('a file that is not a Word document: one clear message, nothing imported, nothing shown', async () => {
    seedDemo(store);
    const before = (await notesOfDemo()).length;
    const file = path.join(dir, 'old.doc');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    );
    dialogs.openAnswer = file;
    await actions().importDocx(DEMO_VISIT_ID);
    expect(await notesOfDemo()).toHaveLength(before);
    expect(sent).toEqual([]);
    expect(dialogs.messages).toHaveLength(1);
    expect(dialogs.messages[0]).toMatchObject({ type: 'error', message: 'old.doc could not be imported.' });
    expect(dialogs.messages[0]!.detail).toMatch(/save it as a Word document \(\.docx\)/);
  });
});
