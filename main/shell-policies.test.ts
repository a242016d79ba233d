import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isAllowedRequest, isOpenableExternally, mayNavigate, newWindowDecision } from './navigation-policy';
import { mimeType, realStaticFile, resolveStaticFile } from './static-files';
import { printWebPreferences, secureWebPreferences } from './web-preferences';

describe('the window', () => {
  it('is sandboxed, isolated, without Node, with web security on', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('the hidden print window runs no script, has no preload and a session of its own', () => {
    const session = {} as Session;
    const prefs = printWebPreferences(session);
    expect(prefs).toMatchObject({
      session,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.preload).toBeUndefined();
  });

  it('has a CSP that allows no remote origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("lets workers start from the app's own files only (pdf.js in Preview), never from blob: or data:", () => {
    const workers = CONTENT_SECURITY_POLICY.split('; ').filter((d) => d.startsWith('worker-src'));
    expect(workers).toEqual(["worker-src 'self'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
  });

  it("serves pdf.js's module worker (.mjs) as JavaScript: a module worker of another type does not start", () => {
    expect(mimeType('/app/dist/renderer/assets/pdf.worker.min-abc.mjs')).toMatch(/^text\/javascript/);
  });
});

describe('origins and navigation', () => {
  it.each([
    ['app://briefing/index.html', true],
    ['app://briefing/assets/x.js', true],
    ['app://briefing.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://user:pw@briefing/index.html', false],
    ['https://briefing/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    [undefined, false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
    if (url !== undefined) expect(mayNavigate(url)).toBe(expected);
  });

  it.each([
    ['https://www.mfa.gov.kz/en', true],
    ['http://example.org', true],
    ['mailto:desk@mfa.example', true],
    ['javascript:alert(1)', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://host/share', false],
    ['ms-msdt:/id', false],
    ['https://', false],
  ])('a new-window request for %s is denied; opened externally: %s', (url, external) => {
    expect(isOpenableExternally(url)).toBe(external);
    expect(newWindowDecision(url)).toEqual({ action: 'deny', openExternally: external });
  });

  it('lets only the app itself through the session', () => {
    expect(isAllowedRequest('app://briefing/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:9222')).toBe(false);
  });
});

describe('serving app:// files', () => {
  const root = path.resolve('/srv/dist/renderer');
  it('maps the app URL to a file under the renderer folder', () => {
    expect(resolveStaticFile(root, 'app://briefing/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, 'app://briefing/assets/a.js')).toBe(path.join(root, 'assets/a.js'));
  });
  it.each([
    'app://briefing/../../etc/passwd',
    'app://briefing/%2e%2e/%2e%2e/etc/passwd',
    'app://briefing/assets/..%2f..%2f..%2fsecret',
    'app://briefing/..%5c..%5cwindows',
    'app://briefing/a%00.js',
  ])('never serves a file outside the renderer folder for %s', (url) => {
    const file = resolveStaticFile(root, url);
    if (file !== undefined) expect(file.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses encoded traversal that the URL parser does not collapse', () => {
    expect(resolveStaticFile(root, 'app://briefing/assets/..%2f..%2f..%2fsecret')).toBeUndefined();
    expect(resolveStaticFile(root, 'app://briefing/..%5c..%5cwindows')).toBeUndefined();
    expect(resolveStaticFile(root, 'app://briefing/a%00.js')).toBeUndefined();
  });
});

describe('app:// answers its own host only, and only files really inside the renderer folder', () => {
  it.each([
    'app://evil.example/index.html',
    'app://briefing.evil/index.html',
    'app://user:pw@briefing/index.html',
    'app://localhost/index.html',
    'https://briefing/index.html',
  ])('serves nothing for %s', (url) => {
    expect(resolveStaticFile(path.resolve('/srv/dist/renderer'), url)).toBeUndefined();
  });

  it('serves a real file, but not through a symlink that points outside the folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-static-'));
    try {
      const root = path.join(dir, 'renderer');
      fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
      fs.writeFileSync(path.join(dir, 'secret.txt'), 'the ambassador’s notes');
      fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'leak.js'));
      fs.symlinkSync(dir, path.join(root, 'up'));
      fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'inside.html'));
      expect(realStaticFile(root, 'app://briefing/index.html')).toBe(fs.realpathSync(path.join(root, 'index.html')));
      expect(realStaticFile(root, 'app://briefing/inside.html')).toBe(fs.realpathSync(path.join(root, 'index.html')));
      expect(realStaticFile(root, 'app://briefing/assets/leak.js')).toBeUndefined();
      expect(realStaticFile(root, 'app://briefing/up/secret.txt')).toBeUndefined();
      expect(realStaticFile(root, 'app://briefing/assets')).toBeUndefined(); // a folder
      expect(realStaticFile(root, 'app://briefing/missing.js')).toBeUndefined();
      expect(realStaticFile(root, 'app://evil.example/index.html')).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
