import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { tempDir } from '../testing/temp';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(async () => {
  tmp = tempDir();
  db = tmp.file('b.sqlite');
  expect((await cli('seed-demo')).code).toBe(0);
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: () => {}, env: {} });
  return { code, out };
}

const kinds = async (query: string) =>
  (await cli('search', query)).out.map((line) => line.split('\t').slice(0, 3).join(' | '));

describe('briefing search across scripts (the demo visit)', () => {
  it('finds Tleuberdi written in Russian or Kazakh Cyrillic, or as Tleuberdy', async () => {
    for (const query of ['Тлеуберди', 'Tleuberdy', 'Тілеуберді', 'Мұхтар']) {
      expect(await kinds(query), query).toEqual(['person | demo-person-tleuberdi | Mukhtar Tleuberdi']);
    }
  });

  it('finds people and notes naming Erdoğan, typed in Cyrillic', async () => {
    const found = await kinds('Эрдоган');
    // The person first; then every demo note that names him (the brief, the bio, the record, …).
    expect(found[0]).toBe('person | demo-person-erdogan | Recep Tayyip Erdoğan');
    expect(found).toEqual(
      expect.arrayContaining([
        'note | demo-note-scene-setter | Scene-setter: official visit to Ankara',
        'note | demo-note-bio-erdogan | Biographical note: Recep Tayyip Erdoğan',
        'note | demo-note-erdogan-brief | Meeting brief: Call on President Erdoğan',
      ]),
    );
    expect(found.filter((l) => l.startsWith('person'))).toHaveLength(1);
  });

  it('finds Nur-Sultan written in Cyrillic, and Çavuşoğlu as Chavushoglu', async () => {
    expect((await kinds('Нур-Султан')).length).toBeGreaterThan(0);
    expect((await kinds('Нур-Султан')).every((l) => !l.startsWith('No matches'))).toBe(true);
    expect(await kinds('Chavushoglu')).toContain('person | demo-person-cavusoglu | Mevlüt Çavuşoğlu');
  });

  it('marks where the name is in a note found through its transliteration', async () => {
    const line = (await cli('search', 'Туркестан')).out.find((l) => l.startsWith('note'))!;
    expect(line).toMatch(/\[Turkestan\]/);
  });

  it('still finds nothing for a word that is not there in any script', async () => {
    expect((await cli('search', 'Жамбыл')).out).toEqual(['No matches.']);
  });
});
