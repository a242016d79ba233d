import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseSpellcheckLanguages,
  dictionaryLanguage,
  DICTIONARY_DOWNLOAD_URL,
  installDictionaries,
} from './spellcheck-dictionaries';

const SHIPPED = path.resolve(__dirname, '..', 'resources', 'dictionaries');

describe('the dictionaries shipped with the app', () => {
  it('are en-GB and en-US under the names Electron 45’s Chromium asks for, in its binary format', () => {
    const files = fs.readdirSync(SHIPPED).filter((f) => f.endsWith('.bdic'));
    expect(files.sort()).toEqual(['en-GB-10-1.bdic', 'en-US-10-1.bdic']);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(SHIPPED, f));
      expect(bytes.subarray(0, 4).toString('latin1'), f).toBe('BDic');
      expect(bytes.length, f).toBeGreaterThan(500_000); // a whole dictionary, not a stub
    }
  });

  it('never download from anywhere but the app’s own scheme', () => {
    expect(new URL(DICTIONARY_DOWNLOAD_URL).protocol).toBe('app:');
  });
});

describe('installing the dictionaries where Chromium looks', () => {
  let dir: string;
  let shipped: string;
  let target: string;
  const logged: string[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-dict-'));
    shipped = path.join(dir, 'resources', 'dictionaries');
    target = path.join(dir, 'userData', 'Dictionaries');
    fs.mkdirSync(shipped, { recursive: true });
    fs.writeFileSync(path.join(shipped, 'en-GB-10-1.bdic'), 'BDic british');
    fs.writeFileSync(path.join(shipped, 'en-US-10-1.bdic'), 'BDic american');
    fs.writeFileSync(path.join(shipped, 'LICENSE-en-GB.txt'), 'notice');
    logged.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = (name: string) => fs.readFileSync(path.join(target, name), 'utf8');

  it('copies them into a user-data folder that has none yet', () => {
    expect(installDictionaries(shipped, target, (m) => logged.push(m))).toEqual(['en-GB', 'en-US']);
    expect(fs.readdirSync(target).sort()).toEqual(['en-GB-10-1.bdic', 'en-US-10-1.bdic']);
    expect(read('en-GB-10-1.bdic')).toBe('BDic british');
    expect(logged).toEqual([]);
  });

  it('leaves an up-to-date copy untouched', () => {
    installDictionaries(shipped, target, () => {});
    const before = fs.statSync(path.join(target, 'en-GB-10-1.bdic')).mtimeMs;
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(target, 'en-GB-10-1.bdic'), old, old);
    installDictionaries(shipped, target, () => {});
    expect(fs.statSync(path.join(target, 'en-GB-10-1.bdic')).mtimeMs).toBeLessThan(before);
  });

  it('replaces a damaged or outdated copy', () => {
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'en-GB-10-1.bdic'), 'BDic brit'); // truncated
    fs.writeFileSync(path.join(target, 'en-US-10-1.bdic'), 'BDic americaN'); // same size, other bytes
    installDictionaries(shipped, target, () => {});
    expect(read('en-GB-10-1.bdic')).toBe('BDic british');
    expect(read('en-US-10-1.bdic')).toBe('BDic american');
  });

  it('leaves the other files in the folder alone', () => {
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'fr-FR-3-0.bdic'), 'BDic français');
    fs.writeFileSync(path.join(target, 'Custom Dictionary.txt'), 'Tleuberdi\n');
    installDictionaries(shipped, target, () => {});
    expect(read('fr-FR-3-0.bdic')).toBe('BDic français');
    expect(read('Custom Dictionary.txt')).toBe('Tleuberdi\n');
  });

  it('turns spell checking off, saying why, when nothing was shipped', () => {
    expect(installDictionaries(path.join(dir, 'nowhere'), target, (m) => logged.push(m))).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('no dictionaries shipped')]);
  });
});

describe('choosing the language to check', () => {
  const installed = ['en-GB', 'en-US'];

  it.each([
    [['en-US'], ['en-US']],
    [['en-GB', 'en-US'], ['en-GB']],
    [['en-AU'], ['en-GB']],
    [['fr-FR', 'en-US'], ['en-US']],
    [['fr-FR', 'de-DE'], ['en-GB']],
    [[], ['en-GB']],
    [['EN-us'], ['en-US']],
  ])('a system preferring %j checks %j', (preferred, expected) => {
    expect(chooseSpellcheckLanguages(preferred, installed)).toEqual(expected);
  });

  it('only offers a language Electron knows', () => {
    expect(chooseSpellcheckLanguages(['en-GB'], installed, ['en-US', 'fr'])).toEqual(['en-US']);
  });

  it('checks nothing when nothing is installed', () => {
    expect(chooseSpellcheckLanguages(['en-GB'], [])).toEqual([]);
  });

  it.each([
    ['en-GB-10-1.bdic', 'en-GB'],
    ['en-GB-oxendict-10-1.bdic', 'en-GB-oxendict'],
    ['ko-3-0.bdic', 'ko'],
    ['en-GB.bdic', undefined],
    ['LICENSE-en-GB.txt', undefined],
  ])('%s is the dictionary of %s', (name, language) => expect(dictionaryLanguage(name)).toBe(language));
});
