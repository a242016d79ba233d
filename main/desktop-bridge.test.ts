import { describe, expect, it } from 'vitest';
import type { PrintTarget, WordExportTarget } from '../app/api/desktop';
import { bindDesktop, DESKTOP_CHANNELS, type DesktopIpcLike, type DesktopServices } from './desktop-bridge';
import type { SenderEvent } from './ipc-bridge';

const APP_PAGE: SenderEvent = { senderFrame: { url: 'app://briefing/index.html#/visits/v1/overview' } };
const FOREIGN: SenderEvent = { senderFrame: { url: 'https://evil.example/' } };

function bound(services: Partial<DesktopServices> = {}) {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  const ipc: DesktopIpcLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: (channel, listener) => void handlers.set(channel, listener),
  };
  const exported: (WordExportTarget | PrintTarget)[] = [];
  const opened: (string | null)[] = [];
  const logged: string[] = [];
  bindDesktop(
    ipc,
    {
      saveWordExport: async (t) => {
        exported.push(t);
        return { ok: true, value: { saved: false } };
      },
      savePdfExport: async (t) => {
        exported.push(t);
        return { ok: true, value: { saved: false } };
      },
      print: async (t) => {
        exported.push(t);
        return { ok: true, value: { printed: false } };
      },
      setOpenVisit: (id) => void opened.push(id),
      ...services,
    },
    (m) => logged.push(m),
  );
  const save = (event: SenderEvent, ...args: unknown[]) =>
    handlers.get(DESKTOP_CHANNELS.saveWordExport)!(event, ...args);
  const open = (event: SenderEvent, ...args: unknown[]) => handlers.get(DESKTOP_CHANNELS.setOpenVisit)!(event, ...args);
  const call = (channel: string, event: SenderEvent, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { save, open, call, exported, opened, logged };
}

describe('the desktop requests over IPC', () => {
  it('passes a parsed Word export target from the app page to main', async () => {
    const b = bound();
    expect(await b.save(APP_PAGE, { noteId: 'n1' })).toEqual({ ok: true, value: { saved: false } });
    expect(await b.save(APP_PAGE, { visitId: 'v1', noteIds: ['n1', 'n2'] })).toMatchObject({ ok: true });
    expect(b.exported).toEqual([{ noteId: 'n1' }, { visitId: 'v1', noteIds: ['n1', 'n2'] }]);
  });

  it('carries the paper the preview shows to PDF export and Print, and nothing else', async () => {
    const b = bound();
    for (const channel of [DESKTOP_CHANNELS.savePdfExport, DESKTOP_CHANNELS.print]) {
      expect(await b.call(channel, APP_PAGE, { noteId: 'n1', paper: 'Letter' })).toMatchObject({ ok: true });
      expect(await b.call(channel, APP_PAGE, { visitId: 'v1', paper: 'B5' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    // A Word document has no paper of its own here: the Word export takes none.
    expect(await b.save(APP_PAGE, { noteId: 'n1', paper: 'A4' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(b.exported).toEqual([
      { noteId: 'n1', paper: 'Letter' },
      { noteId: 'n1', paper: 'Letter' },
    ]);
  });

  it('refuses a Word export from any other frame, without exporting', async () => {
    const b = bound();
    for (const event of [FOREIGN, { senderFrame: null }, {}]) {
      expect(await b.save(event, { noteId: 'n1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(b.exported).toEqual([]);
    expect(b.logged).toHaveLength(3);
  });

  it.each([
    ['no argument', []],
    ['two arguments', [{ noteId: 'n1' }, { noteId: 'n2' }]],
    ['a path instead of a target', ['/etc/passwd']],
    ['a path smuggled in a target', [{ noteId: 'n1', filePath: '/tmp/x.docx' }]],
    ['an id with a path in it', [{ noteId: '../../etc/passwd' }]],
    ['prototype pollution', [JSON.parse('{"__proto__": {"noteId": "n1"}}')]],
  ])('answers invalid_input to %s', async (_what, args) => {
    const b = bound();
    expect(await b.save(APP_PAGE, ...args)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(b.exported).toEqual([]);
  });

  it('turns a failure inside main into a plain answer', async () => {
    const b = bound({
      saveWordExport: async () => {
        throw new Error('EACCES /home/someone/secret');
      },
    });
    const r = await b.save(APP_PAGE, { noteId: 'n1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('/home/someone');
  });

  it.each([
    ['PDF export', DESKTOP_CHANNELS.savePdfExport],
    ['print', DESKTOP_CHANNELS.print],
  ])('guards the %s request as the Word export: app page only, one parsed target', async (_what, channel) => {
    const b = bound();
    expect(await b.call(channel, APP_PAGE, { visitId: 'v1' })).toMatchObject({ ok: true });
    expect(await b.call(channel, FOREIGN, { noteId: 'n1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await b.call(channel, APP_PAGE, '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await b.call(channel, APP_PAGE, { noteId: 'n1' }, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(b.exported).toEqual([{ visitId: 'v1' }]);
  });

  it('takes the open visit from the app page only, and only a valid one', () => {
    const b = bound();
    b.open(APP_PAGE, { visitId: 'v1' });
    b.open(APP_PAGE, { visitId: null });
    b.open(FOREIGN, { visitId: 'v2' });
    b.open(APP_PAGE, { visitId: 42 });
    b.open(APP_PAGE, 'v3');
    expect(b.opened).toEqual(['v1', null]);
  });
});
