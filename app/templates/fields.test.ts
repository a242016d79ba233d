import { describe, expect, it } from 'vitest';
import type { VisitDetail } from '../api/contract';
import { FIELD_KINDS, type FieldKind } from '../domain/content';
import { nameWithNativeScript, type Person } from '../domain/person';
import { seedDemo } from '../demo/seed';
import { openTestStore, value } from '../testing/fixtures';
import { formatDateRange, formatMeetingTime, resolveField, type FieldContext } from './fields';

async function demo(): Promise<VisitDetail> {
  const t = openTestStore();
  const { visitId } = seedDemo(t.store);
  const detail = value(await t.dispatch('visits.get', { id: visitId })) as VisitDetail;
  t.close();
  return detail;
}

const contextFor = (d: VisitDetail, itemId: string | null): FieldContext => ({
  visit: d.visit,
  people: d.people,
  programmeItem: d.programme.find((p) => p.id === itemId) ?? null,
});

describe('field values', () => {
  it('fill every field of a meeting brief for the Oktay meeting from the demo visit', async () => {
    const d = await demo();
    const ctx = contextFor(d, 'demo-item-oktay');
    const values = Object.fromEntries(FIELD_KINDS.map((k) => [k, resolveField(k, ctx, 'demo-person-oktay')]));
    expect(values).toEqual({
      'visit.title':
        'Official visit of the Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan to Türkiye',
      'visit.dates': '4–5 March 2021',
      'visit.city': 'Ankara',
      'visit.hostCountry': 'Türkiye',
      'visit.guestCountry': 'Kazakhstan',
      'visit.principal': 'Mukhtar Tleuberdi, Deputy Prime Minister – Minister of Foreign Affairs',
      'visit.counterpart': 'Mevlüt Çavuşoğlu, Minister of Foreign Affairs',
      'meeting.title': 'Meeting with Vice-President Fuat Oktay',
      'meeting.time': 'Friday 5 March 2021, 10:00–11:00 local time (Ankara)',
      'meeting.place': 'Vice-Presidency, Ankara',
      'meeting.participants':
        'Fuat Oktay, Vice-President; Mukhtar Tleuberdi, Deputy Prime Minister – Minister of Foreign Affairs',
      classification: 'OFFICIAL',
      'visit.principal.name': 'Mukhtar Tleuberdi',
      'visit.principal.title': 'Deputy Prime Minister – Minister of Foreign Affairs',
      'visit.counterpart.name': 'Mevlüt Çavuşoğlu',
      'visit.counterpart.title': 'Minister of Foreign Affairs',
      person: 'Fuat Oktay, Vice-President',
      'visit.principal.name.native': 'Mukhtar Tleuberdi (Мұхтар Тілеуберді)',
      'visit.counterpart.name.native': 'Mevlüt Çavuşoğlu',
      'person.name.native': 'Fuat Oktay',
    } satisfies Record<FieldKind, string>);
  });

  it('use the title a person held on the day of the meeting, not today’s', async () => {
    const d = await demo();
    const oktay = d.people.find((p) => p.name === 'Fuat Oktay')!;
    const moved: Person = {
      ...oktay,
      titles: [
        { title: 'Prime Minister', organisation: 'Republic of Turkey', from: '2018-01-01', to: '2021-03-04' },
        { title: 'Vice-President', organisation: 'Republic of Turkey', from: '2021-03-05', to: null },
      ] as Person['titles'],
    };
    const people = d.people.map((p) => (p.id === oktay.id ? moved : p));
    const item = d.programme.find((p) => p.id === 'demo-item-oktay')!;
    const on = (date: string) =>
      resolveField('meeting.participants', {
        visit: d.visit,
        people,
        programmeItem: { ...item, start: `${date}T10:00`, end: undefined },
      });
    expect(on('2021-03-05')).toMatch(/^Fuat Oktay, Vice-President;/);
    expect(on('2021-03-04')).toMatch(/^Fuat Oktay, Prime Minister;/);
    // No title in force on the day: the name alone, never a stale title.
    expect(on('2017-06-01')).toMatch(/^Fuat Oktay;/);
  });

  it('are missing, not empty, when the data is not there', async () => {
    const d = await demo();
    const whole = contextFor(d, null);
    for (const kind of ['meeting.title', 'meeting.time', 'meeting.place', 'meeting.participants'] as const) {
      expect(resolveField(kind, whole)).toBeUndefined();
    }
    const bare = { ...whole, visit: { ...d.visit, principalId: null, city: '  ' } };
    expect(resolveField('visit.principal', bare)).toBeUndefined();
    expect(resolveField('visit.city', bare)).toBeUndefined();
    expect(resolveField('visit.principal.name', bare)).toBeUndefined();
    expect(resolveField('visit.principal.title', bare)).toBeUndefined();
    // A person field whose person left the visit's People, or that names nobody.
    expect(resolveField('person', whole, 'no-such-person')).toBeUndefined();
    expect(resolveField('person', whole)).toBeUndefined();
    const item = d.programme.find((p) => p.id === 'demo-item-oktay')!;
    const emptyMeeting = { ...whole, programmeItem: { ...item, location: '', participants: [] } };
    expect(resolveField('meeting.place', emptyMeeting)).toBeUndefined();
    expect(resolveField('meeting.participants', emptyMeeting)).toBeUndefined();
  });

  it('show the native-script name beside the canonical one, for the principal, the counterpart or anyone', async () => {
    const d = await demo();
    const ctx = contextFor(d, null);
    expect(resolveField('visit.principal.name.native', ctx)).toBe('Mukhtar Tleuberdi (Мұхтар Тілеуберді)');
    expect(resolveField('person.name.native', ctx, 'demo-person-tokayev')).toBe(
      'Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев)',
    );
    // Someone whose name is written in Latin script only: the name alone, no empty brackets.
    expect(resolveField('person.name.native', ctx, 'demo-person-erdogan')).toBe('Recep Tayyip Erdoğan');
    // The counterpart swapped for a Kazakh minister: the counterpart field follows.
    const swapped = { ...ctx, visit: { ...d.visit, counterpartId: 'demo-person-mamin' } };
    expect(resolveField('visit.counterpart.name.native', swapped)).toBe('Askar Mamin (Асқар Мамин)');
    expect(
      resolveField('visit.counterpart.name.native', { ...ctx, visit: { ...d.visit, counterpartId: null } }),
    ).toBeUndefined();
    expect(resolveField('person.name.native', ctx, 'no-such-person')).toBeUndefined();
    expect(resolveField('person.name.native', ctx)).toBeUndefined();
  });

  it('name with native script: one rule, the name alone when there is no other script', () => {
    expect(nameWithNativeScript({ name: 'Sergey Lavrov', nativeName: 'Сергей Лавров' })).toBe(
      'Sergey Lavrov (Сергей Лавров)',
    );
    expect(nameWithNativeScript({ name: 'Sergey Lavrov' })).toBe('Sergey Lavrov');
    expect(nameWithNativeScript({ name: 'Sergey Lavrov', nativeName: '' })).toBe('Sergey Lavrov');
    expect(nameWithNativeScript({ name: 'Fuat Oktay', nativeName: 'Fuat Oktay' })).toBe('Fuat Oktay');
  });

  it('give meeting times in local time, named by the visit city or else the time zone city', () => {
    const item = { start: '2021-03-05T10:00', end: '2021-03-05T11:00' };
    expect(formatMeetingTime(item, 'Europe/Istanbul', 'Ankara')).toBe(
      'Friday 5 March 2021, 10:00–11:00 local time (Ankara)',
    );
    expect(formatMeetingTime(item, 'America/Argentina/Buenos_Aires')).toBe(
      'Friday 5 March 2021, 10:00–11:00 local time (Buenos Aires)',
    );
    expect(formatMeetingTime(item, 'Africa/Nairobi', '')).toMatch(/local time \(Nairobi\)$/);
    expect(formatMeetingTime(item, 'Africa/Nairobi', null)).toBe('Friday 5 March 2021, 10:00–11:00');
  });

  it('write date ranges as a ministry does', () => {
    expect(formatDateRange('2021-03-04', '2021-03-04')).toBe('4 March 2021');
    expect(formatDateRange('2021-03-30', '2021-04-02')).toBe('30 March – 2 April 2021');
    expect(formatDateRange('2021-12-30', '2022-01-02')).toBe('30 December 2021 – 2 January 2022');
  });
});
