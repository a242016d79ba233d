import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own JSON schema', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the schema ships as JSON inside the package
    const schema = require(require.resolve('app-builder-lib/scheme.json')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets the fuses of design §7 and unpacks the native database module', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // The package gets better-sqlite3 rebuilt for Electron by electron-builder; npm start's own
    // build in .electron-native/ (main/native-binding.ts) is for running from a checkout only.
    expect(config.npmRebuild).toBe(true);
    expect(JSON.stringify(config.files)).not.toContain('electron-native');
    expect(config).toMatchObject({ appId: 'org.briefing.desktop', productName: 'Briefing' });
  });

  it('targets an installer on every platform, with icons that exist', () => {
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg' });
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    for (const p of ['win', 'mac']) {
      const icon = (config[p] as { icon: string }).icon;
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });

  it('ships the spell-checking dictionaries where main looks for them (resources/dictionaries)', () => {
    const entry = (config.extraResources as { from: string; to: string; filter?: string[] }[]).find(
      (r) => r.from === 'resources/dictionaries',
    );
    // main.ts reads path.join(process.resourcesPath, 'dictionaries') in a packaged app.
    expect(entry).toMatchObject({ to: 'dictionaries', filter: expect.arrayContaining(['*.bdic']) });
    const shipped = fs.readdirSync(path.join(root, 'resources/dictionaries'));
    expect(shipped.filter((f) => f.endsWith('.bdic')).length).toBeGreaterThan(0);
    for (const f of shipped.filter((f) => f.endsWith('.bdic'))) {
      expect(shipped, `notice for ${f}`).toContain(`LICENSE-${f.replace(/-\d+-\d+\.bdic$/, '')}.txt`);
    }
  });

  it('ships the licence notices of the libraries bundled into the window (pdf.js is Apache-2.0)', () => {
    expect(config.files).toContain('dist/renderer/**');
    const notices = path.join(root, 'dist/renderer/THIRD-PARTY-LICENSES.md');
    expect(fs.existsSync(notices), 'run `npm run build` first').toBe(true);
    const text = fs.readFileSync(notices, 'utf8');
    for (const library of ['pdfjs-dist', 'lexical', 'react', 'zod']) expect(text).toContain(`## ${library} - `);
    expect(text).toContain('Apache License');
  });
});
