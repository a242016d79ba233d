/**
 * The three ways names are compared. Each is applied the same way to the text and to the people,
 * so a match means the same thing on both sides.
 */

/** Case-insensitive only: diacritics still count ("Erdogan" differs from "Erdoğan"). */
export function lowerName(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

// Letters NFD does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Case- and diacritics-insensitive: "Cavusoglu" and "cavuşoğlu" fold like "Çavuşoğlu". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ]/g, (c) => UNDECOMPOSED[c]!);
}

/**
 * A transliteration-insensitive skeleton of a folded name: the same person written through
 * Turkish, Russian or English conventions ("Çavuşoğlu"/"Chavushoglu", "Tokayev"/"Tokaev",
 * "Mukhtar"/"Muhtar", "Tleuberdi"/"Tleuberdy") ends up equal or a letter or two apart.
 */
export function nameSkeleton(folded: string): string {
  return (
    folded
      .replace(/dzh|zh|dj/g, 'j')
      .replace(/ch/g, 'c')
      .replace(/sh/g, 's')
      .replace(/kh/g, 'h')
      .replace(/ph/g, 'f')
      .replace(/q/g, 'k')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i')
      // Turkish ğ is silent between vowels ("Erdoğan" is said and sometimes written "Erdoan");
      // Russian -ayev/-aev: a glide between vowels comes and goes.
      .replace(/([aeiou])[gi](?=[aeiou])/g, '$1')
      // Doubled letters come and go in transliteration ("Kassym"/"Kasym", "Tayyip"/"Tayip").
      .replace(/(.)\1+/g, '$1')
  );
}
