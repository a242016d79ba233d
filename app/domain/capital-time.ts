/**
 * The time in a country's capital, for the second clock of the programme: the principal's office
 * at home reads the same programme in its own time. Pure Intl (no library): the renderer uses it.
 */

/** Capital and its IANA zone, by ISO 3166-1 alpha-2 (the region first, then frequent partners). */
export const CAPITALS: Readonly<Record<string, { city: string; zone: string }>> = {
  KZ: { city: 'Astana', zone: 'Asia/Almaty' },
  TR: { city: 'Ankara', zone: 'Europe/Istanbul' },
  RU: { city: 'Moscow', zone: 'Europe/Moscow' },
  UA: { city: 'Kyiv', zone: 'Europe/Kiev' },
  BY: { city: 'Minsk', zone: 'Europe/Minsk' },
  MD: { city: 'Chișinău', zone: 'Europe/Chisinau' },
  UZ: { city: 'Tashkent', zone: 'Asia/Tashkent' },
  KG: { city: 'Bishkek', zone: 'Asia/Bishkek' },
  TJ: { city: 'Dushanbe', zone: 'Asia/Dushanbe' },
  TM: { city: 'Ashgabat', zone: 'Asia/Ashgabat' },
  AZ: { city: 'Baku', zone: 'Asia/Baku' },
  GE: { city: 'Tbilisi', zone: 'Asia/Tbilisi' },
  AM: { city: 'Yerevan', zone: 'Asia/Yerevan' },
  MN: { city: 'Ulaanbaatar', zone: 'Asia/Ulaanbaatar' },
  RS: { city: 'Belgrade', zone: 'Europe/Belgrade' },
  ME: { city: 'Podgorica', zone: 'Europe/Podgorica' },
  BA: { city: 'Sarajevo', zone: 'Europe/Sarajevo' },
  MK: { city: 'Skopje', zone: 'Europe/Skopje' },
  AL: { city: 'Tirana', zone: 'Europe/Tirane' },
  BG: { city: 'Sofia', zone: 'Europe/Sofia' },
  RO: { city: 'Bucharest', zone: 'Europe/Bucharest' },
  GR: { city: 'Athens', zone: 'Europe/Athens' },
  HR: { city: 'Zagreb', zone: 'Europe/Zagreb' },
  SI: { city: 'Ljubljana', zone: 'Europe/Ljubljana' },
  HU: { city: 'Budapest', zone: 'Europe/Budapest' },
  PL: { city: 'Warsaw', zone: 'Europe/Warsaw' },
  CZ: { city: 'Prague', zone: 'Europe/Prague' },
  SK: { city: 'Bratislava', zone: 'Europe/Bratislava' },
  AT: { city: 'Vienna', zone: 'Europe/Vienna' },
  DE: { city: 'Berlin', zone: 'Europe/Berlin' },
  FR: { city: 'Paris', zone: 'Europe/Paris' },
  GB: { city: 'London', zone: 'Europe/London' },
  IE: { city: 'Dublin', zone: 'Europe/Dublin' },
  IT: { city: 'Rome', zone: 'Europe/Rome' },
  ES: { city: 'Madrid', zone: 'Europe/Madrid' },
  PT: { city: 'Lisbon', zone: 'Europe/Lisbon' },
  NL: { city: 'Amsterdam', zone: 'Europe/Amsterdam' },
  BE: { city: 'Brussels', zone: 'Europe/Brussels' },
  LU: { city: 'Luxembourg', zone: 'Europe/Luxembourg' },
  CH: { city: 'Bern', zone: 'Europe/Zurich' },
  SE: { city: 'Stockholm', zone: 'Europe/Stockholm' },
  NO: { city: 'Oslo', zone: 'Europe/Oslo' },
  DK: { city: 'Copenhagen', zone: 'Europe/Copenhagen' },
  FI: { city: 'Helsinki', zone: 'Europe/Helsinki' },
  EE: { city: 'Tallinn', zone: 'Europe/Tallinn' },
  LV: { city: 'Riga', zone: 'Europe/Riga' },
  LT: { city: 'Vilnius', zone: 'Europe/Vilnius' },
  CY: { city: 'Nicosia', zone: 'Asia/Nicosia' },
  US: { city: 'Washington', zone: 'America/New_York' },
  CA: { city: 'Ottawa', zone: 'America/Toronto' },
  MX: { city: 'Mexico City', zone: 'America/Mexico_City' },
  BR: { city: 'Brasília', zone: 'America/Sao_Paulo' },
  AR: { city: 'Buenos Aires', zone: 'America/Argentina/Buenos_Aires' },
  CN: { city: 'Beijing', zone: 'Asia/Shanghai' },
  JP: { city: 'Tokyo', zone: 'Asia/Tokyo' },
  KR: { city: 'Seoul', zone: 'Asia/Seoul' },
  IN: { city: 'New Delhi', zone: 'Asia/Kolkata' },
  PK: { city: 'Islamabad', zone: 'Asia/Karachi' },
  AF: { city: 'Kabul', zone: 'Asia/Kabul' },
  IR: { city: 'Tehran', zone: 'Asia/Tehran' },
  IQ: { city: 'Baghdad', zone: 'Asia/Baghdad' },
  SA: { city: 'Riyadh', zone: 'Asia/Riyadh' },
  AE: { city: 'Abu Dhabi', zone: 'Asia/Dubai' },
  QA: { city: 'Doha', zone: 'Asia/Qatar' },
  KW: { city: 'Kuwait City', zone: 'Asia/Kuwait' },
  IL: { city: 'Jerusalem', zone: 'Asia/Jerusalem' },
  EG: { city: 'Cairo', zone: 'Africa/Cairo' },
  MA: { city: 'Rabat', zone: 'Africa/Casablanca' },
  DZ: { city: 'Algiers', zone: 'Africa/Algiers' },
  TN: { city: 'Tunis', zone: 'Africa/Tunis' },
  NG: { city: 'Abuja', zone: 'Africa/Lagos' },
  KE: { city: 'Nairobi', zone: 'Africa/Nairobi' },
  ET: { city: 'Addis Ababa', zone: 'Africa/Addis_Ababa' },
  ZA: { city: 'Pretoria', zone: 'Africa/Johannesburg' },
  ID: { city: 'Jakarta', zone: 'Asia/Jakarta' },
  MY: { city: 'Kuala Lumpur', zone: 'Asia/Kuala_Lumpur' },
  SG: { city: 'Singapore', zone: 'Asia/Singapore' },
  TH: { city: 'Bangkok', zone: 'Asia/Bangkok' },
  VN: { city: 'Hanoi', zone: 'Asia/Bangkok' },
  AU: { city: 'Canberra', zone: 'Australia/Sydney' },
  NZ: { city: 'Wellington', zone: 'Pacific/Auckland' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in a zone at an instant. */
function offsetAt(zone: string, ms: number): number {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock time (YYYY-MM-DDTHH:mm) in one zone as the wall-clock time in another. A time in a
 * skipped hour reads with the offset before it, a repeated one as the first (RFC 5545, as the
 * calendar export does).
 */
export function wallInZone(local: string, fromZone: string, toZone: string): string {
  const naive = Date.parse(`${local}:00Z`);
  if (Number.isNaN(naive)) return local;
  const before = offsetAt(fromZone, naive - 86_400_000);
  const after = offsetAt(fromZone, naive + 86_400_000);
  const real = [naive - before * 60_000, naive - after * 60_000]
    .filter((ms) => naive - offsetAt(fromZone, ms) * 60_000 === ms)
    .sort((a, b) => a - b);
  const instant = real[0] ?? naive - before * 60_000;
  return new Date(instant + offsetAt(toZone, instant) * 60_000).toISOString().slice(0, 16);
}

/** The guest country's capital and its zone, when known. */
export function capitalOf(country: string): { city: string; zone: string } | undefined {
  return CAPITALS[country];
}
