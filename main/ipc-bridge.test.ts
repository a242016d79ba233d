import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../app/api/contract';
import { bindOperations, channelOf, type IpcMainLike, type SenderEvent } from './ipc-bridge';

function fakeIpc() {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  return { ipc, handlers };
}

describe('the IPC bridge', () => {
  it('binds every contract operation, each on its own channel', () => {
    const { ipc, handlers } = fakeIpc();
    bindOperations(ipc, async () => ({ ok: true, value: null }));
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
  });

  it('passes the app page’s request to the dispatch, input untouched', async () => {
    const { ipc, handlers } = fakeIpc();
    const calls: unknown[][] = [];
    bindOperations(ipc, async (op, input) => {
      calls.push([op, input]);
      return { ok: true, value: 'done' };
    });
    const r = await handlers.get(channelOf('visits.get'))!(
      { senderFrame: { url: 'app://briefing/index.html' } },
      { id: 'v1' },
    );
    expect(r).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['visits.get', { id: 'v1' }]]);
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://briefing.evil/index.html' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html' } }],
    ['no frame', { senderFrame: null }],
    ['a frame-less event', {}],
  ])('refuses %s without running the handler', async (_what, event) => {
    const { ipc, handlers } = fakeIpc();
    let ran = false;
    const logged: string[] = [];
    bindOperations(
      ipc,
      async () => {
        ran = true;
        return { ok: true, value: null };
      },
      (m) => logged.push(m),
    );
    const r = await handlers.get(channelOf('visits.create'))!(event as SenderEvent, { title: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toBe(false);
    expect(logged).toHaveLength(1);
  });
});
