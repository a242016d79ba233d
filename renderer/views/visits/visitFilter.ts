import type { VisitStatus, VisitSummary } from '../../../app/domain/visit';
import { countryName } from '../../format';

export type When = 'any' | 'upcoming' | 'past';

export interface VisitFilter {
  text: string;
  status: VisitStatus | 'any';
  when: When;
}

export const NO_FILTER: VisitFilter = { text: '', status: 'any', when: 'any' };

/** Case- and accent-insensitive, so "cavusoglu" finds "Çavuşoğlu" and "turkiye" finds "Türkiye". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/**
 * The visits that match, most recent first (by start date). `today` is YYYY-MM-DD. `foundByText`
 * holds visits the app's full-text search found for the same words (people, aliases, notes).
 */
export function filterVisits(
  visits: VisitSummary[],
  filter: VisitFilter,
  today: string,
  foundByText: ReadonlySet<string> = new Set(),
): VisitSummary[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return visits
    .filter((v) => filter.status === 'any' || v.status === filter.status)
    .filter((v) =>
      filter.when === 'upcoming' ? v.endDate >= today : filter.when === 'past' ? v.endDate < today : true,
    )
    .filter((v) => {
      if (words.length === 0 || foundByText.has(v.id)) return true;
      const haystack = fold(
        [v.title, v.city, v.hostCountry, v.guestCountry, countryName(v.hostCountry), countryName(v.guestCountry)].join(
          ' ',
        ),
      );
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
}
