import type { Person } from '../domain/person';
import { boundedEditDistance } from './edit-distance';
import { foldName, lowerName } from './spelling';
import { isCapitalised, letterCount, tokenize } from './tokens';
import { nameKey, nameKeys } from './transliterate';

/** What the finder needs of a person (country and native-script name when known). */
export type NamedPerson = Pick<Person, 'id' | 'name' | 'aliases'> & Partial<Pick<Person, 'country' | 'nativeName'>>;

/** One word of a canonical name ("Çavuşoğlu" of "Mevlüt Çavuşoğlu"). */
export interface CanonicalToken {
  personId: string;
  personName: string;
  /** As the canonical name writes it: the replacement for a variant or near spelling. */
  text: string;
  lower: string;
  /** The transliteration-insensitive key (transliterate.ts): the same in any script. */
  skeleton: string;
  /** How many letters of skeleton may differ for a near spelling (0: transliteration only). */
  tolerance: number;
}

/** A listed alias, matched word by word, case-insensitively. */
export interface AliasEntry {
  personId: string;
  personName: string;
  /** Lower-cased, except one-letter initials, which keep their capital ("M." not "m."). */
  words: string[];
  replacement: string;
}

/** What a single word of the text is, once worked out (cached per distinct word). */
export type WordVerdict = { kind: 'variant' | 'near'; token: CanonicalToken } | { kind: 'none' };

/** Everything the finder asks about one word of the text, cached per distinct word. */
export interface WordFacts {
  lower: string;
  verdict: WordVerdict;
  /** Aliases starting with this word, longest first (often none). */
  aliases: readonly AliasEntry[] | undefined;
}

/** Only names at least this long are matched by near spelling: shorter ones collide with words. */
export const DISTINCTIVE_LETTERS = 5;
const CACHE_LIMIT = 100_000;

/** Letters allowed to differ, from the canonical word's length: short names must match exactly. */
function toleranceFor(letters: number): number {
  if (letters >= 9) return 2;
  if (letters >= 7) return 1;
  return 0;
}

/**
 * Everything about a people list that does not depend on the text, worked out once: canonical
 * words by folded spelling, aliases by first word, near-spelling candidates by skeleton, and a
 * verdict cache per distinct word (a note repeats its vocabulary, so most words hit the cache).
 */
export class NameIndex {
  readonly aliasesByFirstWord = new Map<string, AliasEntry[]>();
  private readonly canonicalByLower = new Set<string>();
  private readonly tokensByFolded = new Map<string, CanonicalToken>();
  /** Every key of every canonical and native-script word: a name written in another script. */
  private readonly tokensByKey = new Map<string, CanonicalToken>();
  private readonly distinctive: CanonicalToken[] = [];
  private readonly facts = new Map<string, WordFacts>();

  constructor(people: readonly NamedPerson[]) {
    const tokensOf = new Map<string, CanonicalToken[]>();
    for (const person of people) {
      const tokens = tokenize(person.name).map((t): CanonicalToken => {
        const letters = letterCount(t.text);
        return {
          personId: person.id,
          personName: person.name,
          text: t.text,
          lower: lowerName(t.text),
          skeleton: nameKey(t.text, person.country),
          tolerance: toleranceFor(letters),
        };
      });
      tokensOf.set(person.id, tokens);
      this.canonicalByLower.add(lowerName(person.name));
      for (const token of tokens) {
        this.canonicalByLower.add(token.lower);
        const folded = foldName(token.text);
        if (!this.tokensByFolded.has(folded)) this.tokensByFolded.set(folded, token);
        if (letterCount(token.text) >= DISTINCTIVE_LETTERS) this.distinctive.push(token);
        for (const key of nameKeys(token.text, person.country)) this.addKey(key, token);
      }
      this.addNativeName(person, tokens);
    }
    for (const person of people) this.addAliases(person, tokensOf.get(person.id)!);
  }

  private addKey(key: string, token: CanonicalToken): void {
    if (key && !this.tokensByKey.has(key)) this.tokensByKey.set(key, token);
  }

  /** The native-script name's words stand for the canonical words in the same place (or the closest). */
  private addNativeName(person: NamedPerson, canonical: CanonicalToken[]): void {
    if (!person.nativeName || canonical.length === 0) return;
    const words = tokenize(person.nativeName);
    for (const [i, word] of words.entries()) {
      const token = words.length === canonical.length ? canonical[i]! : closestToken(word.text, canonical);
      for (const key of nameKeys(word.text, person.country)) this.addKey(key, token);
    }
  }

  private addAliases(person: NamedPerson, canonical: CanonicalToken[]): void {
    for (const alias of person.aliases) {
      const words = tokenize(alias).map((t) => (t.text.length === 1 ? t.text : lowerName(t.text)));
      // An alias that is itself a canonical spelling would flag the canonical name.
      if (words.length === 0 || this.canonicalByLower.has(lowerName(alias))) continue;
      if (words.length === 1 && this.canonicalByLower.has(words[0]!)) continue;
      const entry: AliasEntry = {
        personId: person.id,
        personName: person.name,
        words,
        replacement: words.length === 1 ? closestToken(alias, canonical).text : person.name,
      };
      const first = lowerName(words[0]!);
      const list = this.aliasesByFirstWord.get(first) ?? [];
      list.push(entry);
      // Longest first, so "Mevlut Cavusoglu" wins over a shorter alias starting the same way.
      list.sort((a, b) => b.words.length - a.words.length);
      this.aliasesByFirstWord.set(first, list);
    }
  }

  /** What one word is: an alias's first word, a variant or near spelling of a name's word, or none. */
  word(word: string): WordFacts {
    let facts = this.facts.get(word);
    if (!facts) {
      const lower = lowerName(word);
      facts = { lower, verdict: this.judge(word, lower), aliases: this.aliasesByFirstWord.get(lower) };
      if (this.facts.size >= CACHE_LIMIT) this.facts.clear();
      this.facts.set(word, facts);
    }
    return facts;
  }

  /** Whether one word, on its own, is a variant or near spelling of a canonical name's word. */
  private judge(word: string, lower: string): WordVerdict {
    // The canonical spelling of anyone's name, in any case, is never an issue.
    if (this.canonicalByLower.has(lower)) return NONE;
    const folded = foldName(word);
    const same = this.tokensByFolded.get(folded);
    if (same) {
      // Lower-case plain-ASCII forms of short names ("can" for "Can") are ordinary words.
      const plausibleName = isCapitalised(word) || /[^ -~]/.test(word) || letterCount(same.text) >= DISTINCTIVE_LETTERS;
      return plausibleName ? { kind: 'variant', token: same } : NONE;
    }
    const keys = nameKeys(word);
    const sameKey = keys.map((k) => this.tokensByKey.get(k)).find(Boolean);
    // The same name in another script or convention (Тлеуберди, Tleuberdy), written as a name is:
    // a lower-case word with the same key is an ordinary word ("мамин" is not Mamin).
    if (sameKey && isCapitalised(word)) {
      // Another script is another spelling of the name (a variant); in Latin it is a near spelling.
      return { kind: /^[\p{Script=Latin}\p{M}]+$/u.test(word) ? 'near' : 'variant', token: sameKey };
    }
    if (!isCapitalised(word) || letterCount(word) < DISTINCTIVE_LETTERS - 1) return NONE;
    const skeleton = keys[0]!;
    let best: CanonicalToken | undefined;
    let bestDistance = Infinity;
    for (const token of this.distinctive) {
      const d = boundedEditDistance(skeleton, token.skeleton, token.tolerance);
      if (d <= token.tolerance && d < bestDistance) {
        best = token;
        bestDistance = d;
      }
    }
    return best ? { kind: 'near', token: best } : NONE;
  }
}

const NONE: WordVerdict = { kind: 'none' };

function closestToken(word: string, tokens: CanonicalToken[]): CanonicalToken {
  const skeleton = nameKey(word);
  let best = tokens[tokens.length - 1]!;
  let bestDistance = Infinity;
  for (const token of tokens) {
    const d = boundedEditDistance(skeleton, token.skeleton, 64);
    if (d < bestDistance) [best, bestDistance] = [token, d];
  }
  return best;
}

const indexes = new WeakMap<readonly NamedPerson[], NameIndex>();

/** The index of a people list, built once per list (the same array gives the same index). */
export function nameIndexFor(people: readonly NamedPerson[]): NameIndex {
  let index = indexes.get(people);
  if (!index) {
    index = new NameIndex(people);
    indexes.set(people, index);
  }
  return index;
}
