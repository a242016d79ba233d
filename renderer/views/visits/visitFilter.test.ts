import { describe, expect, it } from 'vitest';
import type { VisitSummary } from '../../../app/domain/visit';
import { filterVisits, NO_FILTER } from './visitFilter';

const visit = (
  id: string,
  title: string,
  startDate: string,
  status: VisitSummary['status'] = 'planned',
): VisitSummary => ({
  id,
  title,
  kind: 'official',
  hostCountry: 'TR',
  guestCountry: 'KZ',
  city: 'Ankara',
  startDate,
  endDate: startDate,
  status,
  classification: 'OFFICIAL',
});

describe('filterVisits', () => {
  const all = [
    visit('a', 'Official visit to Ankara', '2021-03-04', 'completed'),
    visit('b', 'Çavuşoğlu in Astana', '2026-12-01'),
    visit('c', 'Working lunch', '2025-05-01', 'cancelled'),
  ];
  it('sorts by start date, most recent first', () => {
    expect(filterVisits(all, NO_FILTER, '2026-01-01').map((v) => v.id)).toEqual(['b', 'c', 'a']);
  });
  it('matches words regardless of case and accents', () => {
    expect(filterVisits(all, { ...NO_FILTER, text: 'cavusoglu ASTANA' }, '2026-01-01').map((v) => v.id)).toEqual(['b']);
  });
  it('filters by status and by upcoming or past', () => {
    expect(filterVisits(all, { ...NO_FILTER, status: 'cancelled' }, '2026-01-01').map((v) => v.id)).toEqual(['c']);
    expect(filterVisits(all, { ...NO_FILTER, when: 'upcoming' }, '2026-01-01').map((v) => v.id)).toEqual(['b']);
    expect(filterVisits(all, { ...NO_FILTER, when: 'past' }, '2026-01-01').map((v) => v.id)).toEqual(['c', 'a']);
  });
});
