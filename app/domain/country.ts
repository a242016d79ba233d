import { z } from 'zod';

/** ISO 3166-1 alpha-2, officially assigned codes. */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: readonly string[] = Object.freeze(CODES.split(' '));
const CODE_SET = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}

// Building a DisplayNames loads ICU data (~20 ms the first time): one per locale.
const displayNames = new Map<string, Intl.DisplayNames>();

/** English short name of a country, e.g. KZ -> Kazakhstan (ICU data, no table to maintain). */
export function countryName(code: string, locale = 'en'): string {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryCode(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .transform((s) => s.toUpperCase())
    .refine(isCountryCode, `${label} must be a two-letter ISO country code, such as TR or KZ`);
}

/** Names people use that are not the ISO short name (ICU's English name is found anyway). */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB',
  'united kingdom': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  turkey: 'TR',
  turkiye: 'TR',
  russia: 'RU',
  'south korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  czechia: 'CZ',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  holland: 'NL',
  'the netherlands': 'NL',
  uae: 'AE',
  vatican: 'VA',
  'holy see': 'VA',
  burma: 'MM',
  macedonia: 'MK',
  swaziland: 'SZ',
  'cape verde': 'CV',
  'east timor': 'TL',
  drc: 'CD',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  palestine: 'PS',
  'hong kong': 'HK',
  taiwan: 'TW',
};

/** Lower case, accents and dots gone, spaces single: "Türkiye" and "turkiye", "U.K." and "uk" meet. */
function foldCountry(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[.]/g, '')
    .replace(/[\s&-]+/g, ' ')
    .trim()
    .toLowerCase();
}

let byName: Map<string, string> | null = null;

/**
 * The ISO code of a country typed as a user types it: its code ("ke"), its English name ("Kenya",
 * "Türkiye" or "Turkiye") or a common name ("UK", "USA", "Turkey"). Undefined when none fits.
 */
export function resolveCountry(text: string): string | undefined {
  const folded = foldCountry(text);
  if (!folded) return undefined;
  if (folded.length === 2 && isCountryCode(folded.toUpperCase()) && folded !== 'uk') return folded.toUpperCase();
  if (!byName) {
    byName = new Map(Object.entries(COUNTRY_ALIASES));
    for (const code of COUNTRY_CODES) byName.set(foldCountry(countryName(code)), code);
  }
  return byName.get(folded);
}
