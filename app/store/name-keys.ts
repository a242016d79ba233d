import type { Database } from 'better-sqlite3';
import { cyrillicLanguage, nameKeys, type ScriptLanguage } from '../names/transliterate';

const CACHE_LIMIT = 200_000;
const cache = new Map<string, string[]>();

/** A word's keys, cached: a store's texts repeat their vocabulary, so most words are hits. */
function keysOf(word: string, language: ScriptLanguage | undefined): string[] {
  const id = language ? `${language}\u0000${word}` : word;
  let keys = cache.get(id);
  if (!keys) {
    keys = nameKeys(word, undefined, language);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, keys);
  }
  return keys;
}

/**
 * The transliterated shadow of a text for the search index: the distinct match keys of its words
 * (transliterate.ts), so "Тлеуберди", "Tleuberdy" and "Tleuberdi" find one another.
 */
export function shadowText(text: string): string {
  const language = cyrillicLanguage(text);
  const seen = new Set<string>();
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    for (const key of keysOf(word, language)) if (key) seen.add(key);
  }
  return [...seen].join(' ');
}

/** The FTS5 query over the shadow for what a person typed: each word's keys, all words required. */
export function shadowQuery(input: string): string | undefined {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const language = cyrillicLanguage(input);
  const terms = words.slice(0, 16).map((w) => {
    const keys = keysOf(w, language).filter(Boolean);
    if (keys.length === 0) return undefined;
    return keys.length === 1 ? `"${keys[0]}"*` : `(${keys.map((k) => `"${k}"*`).join(' OR ')})`;
  });
  // Numbers are not in the shadow (it holds names' keys): "Тлеуберди 2021" looks for the name.
  const named = terms.filter((t): t is string => t !== undefined);
  return named.length ? named.join(' ') : undefined;
}

/** The words of a text whose key starts with one of a query's keys (to mark them in a snippet). */
export function wordsMatchingKeys(text: string, input: string): string[] {
  const wanted = (input.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) => keysOf(w, cyrillicLanguage(input)));
  const language = cyrillicLanguage(text);
  const found = new Set<string>();
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (keysOf(word, language).some((k) => wanted.some((w) => w && k.startsWith(w)))) found.add(word);
  }
  return [...found];
}

/**
 * Makes name_keys(text) callable from SQL (the shadow tables' triggers, migration 8). Registered on
 * every connection before the migrations run; deterministic, so SQLite may use it in triggers.
 */
export function registerNameKeys(db: Database): void {
  db.function('name_keys', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? shadowText(text) : '',
  );
}
