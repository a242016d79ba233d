import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEAD_PROXY_SWITCHES, WEBRTC_PROFILE_PREFERENCES } from '../../main/network-lockdown';
import { APP_URL, attach, createHarness, type Harness } from './harness';

/**
 * Finding 4: WebRTC leaves past the CSP and webRequest. A script in the app's page tries to reach
 * a UDP listener (STUN) and a TCP listener on this machine; under the desktop app's policy (WebRTC
 * only through a proxy, the proxy a closed port) not one packet or connection arrives. The same
 * probes without the policy do arrive, so the probes can see a leak.
 */

interface Listeners {
  udpPort: number;
  tcpPort: number;
  packets: () => number;
  connections: () => number;
  close: () => Promise<void>;
}

async function listen(): Promise<Listeners> {
  const udp = dgram.createSocket('udp4');
  let packets = 0;
  udp.on('message', () => packets++);
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  let connections = 0;
  const tcp = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  return {
    udpPort: udp.address().port,
    tcpPort: (tcp.address() as net.AddressInfo).port,
    packets: () => packets,
    connections: () => connections,
    close: async () => {
      udp.close();
      await new Promise((resolve) => tcp.close(resolve));
    },
  };
}

/** A Chromium like the browser suite's, with or without the desktop app's network policy. */
async function launch(dir: string, locked: boolean): Promise<BrowserContext> {
  fs.mkdirSync(path.join(dir, 'Default'), { recursive: true });
  if (locked) fs.writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify(WEBRTC_PROFILE_PREFERENCES));
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      ...(locked ? DEAD_PROXY_SWITCHES : []),
    ],
  });
}

/** What a compromised page would run: ICE gathering against a local STUN server, then TCP. */
async function probe(page: Page, udpPort: number, tcpPort: number): Promise<{ candidates: string[] }> {
  return page.evaluate(
    async ({ udpPort, tcpPort }) => {
      const pc = new RTCPeerConnection({ iceServers: [{ urls: `stun:127.0.0.1:${udpPort}` }] });
      const candidates: string[] = [];
      pc.onicecandidate = (e) => void (e.candidate && candidates.push(e.candidate.candidate));
      pc.createDataChannel('probe');
      await pc.setLocalDescription(await pc.createOffer());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        pc.onicegatheringstatechange = () => {
          if (pc.iceGatheringState !== 'complete') return;
          clearTimeout(timer);
          resolve();
        };
      });
      pc.close();
      // TCP: a WebSocket to the local listener (the app's CSP also refuses it; the proxy must too).
      await new Promise<void>((resolve) => {
        try {
          const ws = new WebSocket(`ws://127.0.0.1:${tcpPort}/`);
          ws.onerror = () => resolve();
          ws.onopen = () => resolve();
          setTimeout(resolve, 2000);
        } catch {
          resolve();
        }
      });
      return { candidates };
    },
    { udpPort, tcpPort },
  );
}

/** The same probes from a page with no CSP at all: only the browser's policy stands in the way. */
async function bareProbe(context: BrowserContext, udpPort: number, tcpPort: number) {
  const page = await context.newPage();
  await page.route('https://probe.invalid/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<title>probe</title>' }),
  );
  await page.goto('https://probe.invalid/');
  const result = await probe(page, udpPort, tcpPort);
  const fetched = await page.evaluate(async (port) => {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { mode: 'no-cors' });
      return true;
    } catch {
      return false;
    }
  }, tcpPort);
  return { ...result, fetched };
}

test.describe('the network is off below the CSP (WebRTC policy and a dead proxy)', () => {
  let dir: string;
  let listeners: Listeners;
  let harness: Harness | undefined;
  test.beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-net-'));
    listeners = await listen();
  });
  test.afterEach(async () => {
    harness?.close();
    harness = undefined;
    await listeners.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a script in the app page reaches no local UDP or TCP listener', async () => {
    const context = await launch(path.join(dir, 'locked'), true);
    try {
      harness = createHarness();
      const page = await context.newPage();
      await attach(page, harness);
      await page.goto(APP_URL);
      await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();
      const inApp = await probe(page, listeners.udpPort, listeners.tcpPort);
      const bare = await bareProbe(context, listeners.udpPort, listeners.tcpPort);
      await new Promise((resolve) => setTimeout(resolve, 500)); // let any late packet land
      expect(listeners.packets(), 'STUN packets that reached the local UDP listener').toBe(0);
      expect(listeners.connections(), 'connections that reached the local TCP listener').toBe(0);
      expect(inApp.candidates).toEqual([]);
      expect(bare.candidates).toEqual([]);
      expect(bare.fetched).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('control: without the policy the same probes do arrive (so the test above can fail)', async () => {
    const context = await launch(path.join(dir, 'open'), false);
    try {
      const bare = await bareProbe(context, listeners.udpPort, listeners.tcpPort);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(listeners.packets()).toBeGreaterThan(0);
      expect(listeners.connections()).toBeGreaterThan(0);
      expect(bare.candidates.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
