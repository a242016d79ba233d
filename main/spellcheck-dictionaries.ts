import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../app/files/write-file';

/** Where Chromium looks for .bdic files before it downloads one: <userData>/Dictionaries. */
export const DICTIONARY_FOLDER_NAME = 'Dictionaries';

/**
 * Not a real server: the app:// scheme is the app's own, so a dictionary Chromium still wants
 * (one not shipped, or one renamed by a Chromium upgrade) fails to download locally instead of
 * being fetched from Google's CDN, Electron's default.
 */
export const DICTIONARY_DOWNLOAD_URL = 'app://briefing/dictionaries/';

/** "en-GB-10-1.bdic" -> "en-GB": the language of a dictionary file named as Chromium names them. */
export function dictionaryLanguage(fileName: string): string | undefined {
  return /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*?)-\d+-\d+\.bdic$/.exec(fileName)?.[1];
}

function sameContent(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.size === sb.size && fs.readFileSync(a).equals(fs.readFileSync(b));
  } catch {
    return false;
  }
}

/**
 * Copies the dictionaries shipped with the app into the folder Chromium reads, so it never
 * downloads them. A copy that is missing, damaged or from an older version of the app is
 * replaced (atomically); any other file there is left alone. Runs before the session exists.
 * Answers the languages now available.
 */
export function installDictionaries(shipped: string, target: string, log: (msg: string) => void): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(shipped).filter((n) => dictionaryLanguage(n) !== undefined);
  } catch {
    log(`no dictionaries shipped at ${shipped}: spell checking is off`);
    return [];
  }
  const languages: string[] = [];
  for (const name of names.sort()) {
    const from = path.join(shipped, name);
    const to = path.join(target, name);
    try {
      if (!sameContent(from, to)) writeFileAtomic(to, fs.readFileSync(from));
      languages.push(dictionaryLanguage(name)!);
    } catch (e) {
      log(`could not install the dictionary ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return languages;
}

const base = (language: string) => language.split('-')[0]!.toLowerCase();

/**
 * The one language to check, among those installed (and known to Electron, when it says): the
 * system's preferred language if installed, else one of the same language (en-AU -> en-GB), else
 * the first installed. One, not all: with en-GB and en-US together "color" and "colour" would
 * both pass, and British spelling is what a ministry expects of its briefs.
 */
export function chooseSpellcheckLanguages(
  preferred: readonly string[],
  installed: readonly string[],
  known?: readonly string[],
): string[] {
  const knownSet = known && known.length ? new Set(known.map((k) => k.toLowerCase())) : undefined;
  const usable = installed.filter((l) => !knownSet || knownSet.has(l.toLowerCase()));
  for (const wanted of preferred) {
    const exact = usable.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return [exact];
  }
  for (const wanted of preferred) {
    const sameLanguage = usable.find((l) => base(l) === base(wanted));
    if (sameLanguage) return [sameLanguage];
  }
  return usable.length ? [usable[0]!] : [];
}
