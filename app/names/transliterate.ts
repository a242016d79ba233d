import anyAscii from 'any-ascii';
import { foldName, nameSkeleton } from './spelling';

/**
 * Names across scripts. any-ascii (a maintained Unicode-to-ASCII table) does the general case;
 * the tables here cover only what it gets wrong for the names a diplomat of the region meets:
 * - Kazakh Cyrillic Ә Ғ Қ Ң Ө Ұ Ү Һ І: any-ascii writes the 2021 Kazakh Latin (Q, Gh, Ng), while
 *   passports and the press write "Tokayev", not "Toqaev" (ICAO 9303 style: A G K N O U U H I);
 * - Russian е after a vowel (or initially) is "ye" and -ий/-ый endings are "-y" in BGN/PCGN and the
 *   press ("Nazarbayev", "Yevgeny", "Dmitry"), where any-ascii writes "Nazarbaev", "Evgeniy";
 * - Ukrainian (the national 2010 system, used in Ukrainian passports): г is h, и is y, і is i;
 * - Serbian and Macedonian Cyrillic have an official Latin (Gaj's): Вучић is Vučić, not "Vuchic";
 * - Turkish ı/İ/ş/ğ/ç are plain Latin letters with marks: they stay as they are in transliterate()
 *   and fold in the match key (ş=sh=s, ç=ch=c, ğ silent between vowels, ı=i).
 */

export type ScriptLanguage = 'russian' | 'kazakh' | 'ukrainian' | 'serbian';

const KAZAKH_LETTERS = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/;
// і without any Kazakh letter: Ukrainian (or Belarusian, read the same way for names).
const UKRAINIAN_LETTERS = /[їєґіЇЄҐІ]/;
const SERBIAN_LETTERS = /[ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ]/;
const RUSSIAN_ONLY_LETTERS = /[ыэёъЫЭЁЪ]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Countries whose Cyrillic is read with one table (a person's country, when known, decides). */
const LANGUAGE_OF_COUNTRY: Record<string, ScriptLanguage> = {
  KZ: 'kazakh',
  UA: 'ukrainian',
  RS: 'serbian',
  ME: 'serbian',
  BA: 'serbian',
  MK: 'serbian',
  RU: 'russian',
  BY: 'russian',
};

const VOWELS = 'аеёиоуыэюяіїєәөұүАЕЁИОУЫЭЮЯІЇЄӘӨҰҮ';

// prettier-ignore
const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i',
};

// prettier-ignore
const KAZAKH: Record<string, string> = {
  ...RUSSIAN, ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

// prettier-ignore
const UKRAINIAN: Record<string, string> = {
  ...RUSSIAN, г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ю: 'iu', я: 'ia', "'": '', '’': '',
};
/** Ukrainian at the start of a word: Yevhen, Yulia, Yurii, Yosyp. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

// prettier-ignore
const SERBIAN: Record<string, string> = {
  ...RUSSIAN, ђ: 'đ', ж: 'ž', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'ć', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

const TABLES: Record<ScriptLanguage, Record<string, string>> = {
  russian: RUSSIAN,
  kazakh: KAZAKH,
  ukrainian: UKRAINIAN,
  serbian: SERBIAN,
};

/**
 * The language a Cyrillic text is read in: the country's if given, else the letters only one of
 * them has. undefined when the letters do not tell: transliterate() then reads it as Russian, and
 * nameKeys() keeps the Ukrainian and Serbian readings too (Шмигаль is Shmyhal in Kyiv).
 */
export function cyrillicLanguage(text: string, country?: string): ScriptLanguage | undefined {
  const byCountry = country ? LANGUAGE_OF_COUNTRY[country] : undefined;
  if (byCountry) return byCountry;
  if (KAZAKH_LETTERS.test(text)) return 'kazakh';
  if (SERBIAN_LETTERS.test(text)) return 'serbian';
  if (UKRAINIAN_LETTERS.test(text)) return 'ukrainian';
  if (RUSSIAN_ONLY_LETTERS.test(text)) return 'russian';
  return undefined;
}

function matchCase(latin: string, original: string, nextIsUpper: boolean): string {
  if (original === original.toLowerCase() || latin.length === 0) return latin;
  // "Щ" at the start of "Щукин" is "Shch", in "ЩУКИН" it is "SHCH".
  return nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

function cyrillicWord(word: string, language: ScriptLanguage): string {
  const table = TABLES[language];
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = lower[i]!;
    const previous = i > 0 ? lower[i - 1]! : '';
    let latin: string | undefined;
    if (language === 'russian' || language === 'kazakh') {
      // BGN/PCGN: е is "ye" at the start and after a vowel, ъ or ь (Yerlan, Nazarbayev).
      if (c === 'е' && (i === 0 || VOWELS.includes(previous) || previous === 'ъ' || previous === 'ь')) latin = 'ye';
      // -ий / -ый at the end of a word: Dmitry, Zelensky, Yury (the press, not "Dmitriy").
      if ((c === 'и' || c === 'ы') && lower[i + 1] === 'й' && i + 2 === word.length) {
        out += matchCase('y', word[i]!, false);
        break;
      }
    }
    if (language === 'ukrainian' && i === 0) latin = UKRAINIAN_INITIAL[c];
    latin ??= table[c] ?? anyAscii(c);
    const nextIsUpper = i + 1 < word.length && word[i + 1] !== lower[i + 1];
    out += matchCase(latin, word[i]!, nextIsUpper);
  }
  return out;
}

const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * Latin script for any text: Cyrillic by the tables above (language from the country or the
 * letters), every other script by any-ascii; Latin letters are left as written (Çavuşoğlu stays
 * Çavuşoğlu: its marks are part of the name).
 */
export function transliterate(text: string, country?: string, language = cyrillicLanguage(text, country)): string {
  return text.replace(WORD, (word) => {
    if (CYRILLIC.test(word)) return cyrillicWord(word, language ?? 'russian');
    return /^[\p{Script=Latin}\p{M}'’]+$/u.test(word) ? word : anyAscii(word);
  });
}

/** Plain ASCII for any text: transliterate(), then the marks dropped (Çavuşoğlu -> Cavusoglu). */
export function toAscii(text: string, country?: string): string {
  return anyAscii(transliterate(text, country));
}

// Latin letters with marks whose ASCII spelling is two letters in other conventions: folded to
// those first, so "Vučić", "Vuchich" and "Vucic" meet (as do "Đukanović" and "Djukanovic").
const DIGRAPHS: Record<string, string> = { ž: 'zh', š: 'sh', č: 'ch', ć: 'ch', đ: 'dj', ş: 'sh', ç: 'ch' };

/**
 * The match key of one word of a name: the same for the spellings of one name across scripts and
 * transliteration conventions ("Тлеуберди", "Tleuberdi", "Tleuberdy"; "Çavuşoğlu", "Cavusoglu",
 * "Chavushoglu"; "Назарбаев", "Nazarbayev", "Nazarbaev").
 */
export function latinKey(latinWord: string): string {
  const lower = latinWord.normalize('NFC').toLowerCase();
  const digraphs = lower.replace(/[žščćđşç]/g, (c) => DIGRAPHS[c]!);
  return (
    nameSkeleton(foldName(anyAscii(digraphs).toLowerCase()))
      .replace(/[^a-z]/g, '')
      // A leading glide comes and goes: Yerlan/Erlan, Yevgeny/Evgeny, Yelena/Elena.
      .replace(/^i(?=e)/, '')
  );
}

/**
 * Every key a word may have: one, or when its Cyrillic letters do not say which language it is,
 * one per reading that differs (Шмигаль is Shmyhal in Kyiv, Shmigal in Moscow; Ивица is Ivica).
 */
export function nameKeys(word: string, country?: string, language = cyrillicLanguage(word, country)): string[] {
  if (!CYRILLIC.test(word)) return [latinKey(word)];
  if (language !== undefined) return [latinKey(cyrillicWord(word, language))];
  const keys = UNDECIDED_READINGS.map((reading) => latinKey(cyrillicWord(word, reading)));
  return [...new Set(keys)];
}

const UNDECIDED_READINGS: ScriptLanguage[] = ['russian', 'ukrainian', 'serbian'];

/** The main key of a word (its first reading). */
export function nameKey(word: string, country?: string): string {
  return nameKeys(word, country)[0]!;
}

/** The keys of every word of a text, in order (a name's words, a note's words). */
export function textKeys(text: string, country?: string): string[][] {
  const language = cyrillicLanguage(text, country);
  return (text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => nameKeys(w, country, language));
}

/** Whether two names are the same name in any script: their words' keys meet one by one. */
export function sameName(a: string, b: string, countryA?: string, countryB?: string): boolean {
  const ka = textKeys(a, countryA);
  const kb = textKeys(b, countryB);
  return ka.length === kb.length && ka.every((keys, i) => keys.some((k) => kb[i]!.includes(k)));
}
