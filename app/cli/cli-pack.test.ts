import fs from 'node:fs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../store/store';
import { tempDir } from '../testing/temp';
import { runCli } from './run';

const VISIT = 'demo-visit-kz-tr-2021';
let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(async () => {
  tmp = tempDir();
  db = tmp.file('b.sqlite');
  expect((await cli('seed-demo')).code).toBe(0);
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function text(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('briefing export --visit with the pack options', () => {
  it('exports exactly the notes named, in order, with the cover given, and says why a brief is marked higher', async () => {
    const out = tmp.file('pack.docx');
    const r = await cli(
      'export',
      '--visit',
      VISIT,
      '--notes',
      'demo-note-record-erdogan,demo-note-erdogan-brief',
      '--for',
      'The Deputy Prime Minister',
      '--reference',
      'KZ/7',
      '--date',
      '2021-03-01',
      '--numbered',
      '--out',
      out,
    );
    expect(r).toMatchObject({ code: 0, out: `Written: ${out}` });
    expect(r.err).toContain(
      'warning: Brief 1 “Record of conversation: call on President Erdoğan” is marked RESTRICTED',
    );
    const written = await text(out);
    expect(written).toContain('Brief 1 — Record of conversation');
    expect(written).toContain('Brief 2 — Meeting brief: Call on President Erdoğan');
    expect(written).not.toContain('Brief 3 —');
    expect(written).toContain('For The Deputy Prime Minister');
    expect(written).toContain('Reference: KZ/7');
    // nothing kept without --keep
    const store = Store.open(db);
    try {
      expect(store.packChoices.get(VISIT).cover).toEqual({});
    } finally {
      store.close();
    }
  });

  it('--no-drafts leaves out what is not cleared; --keep makes the options the visit’s choice', async () => {
    const out = tmp.file('cleared.docx');
    expect(
      (await cli('export', '--visit', VISIT, '--no-drafts', '--reference', 'R/1', '--keep', '--out', out)).code,
    ).toBe(0);
    const written = await text(out);
    expect(written).not.toContain('DRAFT');
    expect(written).not.toContain('Scene-setter'); // in review
    expect(written).toContain('Biographical note: Recep Tayyip Erdoğan');
    const again = tmp.file('again.docx');
    expect((await cli('export', '--visit', VISIT, '--out', again)).code).toBe(0);
    expect(await text(again)).toContain('Reference: R/1');
    expect(await text(again)).not.toContain('Scene-setter');
  });

  it('refuses pack options on a note export, both of a pair, and a bad date, before touching anything', async () => {
    const out = tmp.file('x.docx');
    expect(await cli('export', '--note', 'demo-note-oktay-brief', '--numbered', '--out', out)).toMatchObject({
      code: 2,
    });
    expect(await cli('export', '--visit', VISIT, '--drafts', '--no-drafts', '--out', out)).toMatchObject({ code: 2 });
    const bad = await cli('export', '--visit', VISIT, '--date', '2021-02-30', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Cover date');
    expect(fs.existsSync(out)).toBe(false);
  });
});
