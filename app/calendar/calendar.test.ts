import fs from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../domain/person';
import type { ProgrammeItem } from '../domain/programme';
import { openTestStore, value, VISIT_INPUT } from '../testing/fixtures';
import { runCli } from '../cli/run';
import type { InputOf, OperationName, OutputOf } from '../api/contract';
import type { Result } from '../api/result';
import { instantOf, prop, readIcs } from './ics-reader.test-helper';

let t: ReturnType<typeof openTestStore>;

/** The dispatch with the contract's types (the test's own shorthand). */
const call = <K extends OperationName>(name: K, input: InputOf<K>) =>
  t.dispatch(name, input) as Promise<Result<OutputOf<K>>>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

async function visitWith(
  timeZone: string,
  items: { start: string; end?: string; title: string; location?: string; who?: string[] }[],
  people: string[] = [],
  dates = { startDate: '2021-03-04', endDate: '2021-11-07' },
) {
  const visit = value(await call('visits.create', { ...VISIT_INPUT, ...dates, timeZone }));
  const persons: Person[] = [];
  for (const name of people) persons.push(value(await call('people.create', { visitId: visit.id, name })));
  for (const { who = [], ...item } of items) {
    const participants = who.map((n) => persons.find((p) => p.name === n)!.id);
    value(await call('programme.create', { visitId: visit.id, ...item, participants }));
  }
  return visit.id;
}

const exportIcs = async (visitId: string) => value(await call('calendar.export', { visitId })).text;
const importIcs = async (visitId: string, text: string) => call('calendar.import', { visitId, text });
const programme = async (visitId: string) => value(await call('visits.get', { id: visitId })).programme;
const wallTimes = (items: ProgrammeItem[]) => items.map((i) => [i.start, i.end ?? null, i.title]);

/** ical.js's reading: each event's UID, summary and UTC start (to the minute). */
function readWithIcalJs(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  try {
    return root.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, utc: e.startDate.toJSDate().toISOString().slice(0, 16) + 'Z' };
    });
  } finally {
    for (const vtz of root.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.remove(vtz.getFirstPropertyValue('tzid') as string);
  }
}

/** The second reader's view: each event's UID, summary and UTC start. */
function readWithOwnReader(text: string) {
  const cal = readIcs(text);
  return cal.children
    .filter((c) => c.name === 'VEVENT')
    .map((e) => ({
      uid: prop(e, 'UID')!.value,
      summary: prop(e, 'SUMMARY')!.value,
      utc: instantOf(cal, prop(e, 'DTSTART')!),
    }));
}

const DEMO_ITEMS = [
  { start: '2021-03-04T11:00', end: '2021-03-04T12:00', title: 'Call on President Erdoğan', location: 'Presidential Complex, Ankara', who: ['Mukhtar Tleuberdi', 'Recep Tayyip Erdoğan'] },
  { start: '2021-03-04T15:00', end: '2021-03-04T17:30', title: '6th meeting of the Joint Strategic Planning Group; chaired by the ministers', location: 'Ministry of Foreign Affairs', who: ['Mukhtar Tleuberdi', 'Mevlüt Çavuşoğlu'] },
  { start: '2021-03-05T10:00', title: 'Meeting with Vice-President Fuat Oktay', who: ['Fuat Oktay'] },
]; // prettier-ignore
const DEMO_NAMES = ['Mukhtar Tleuberdi', 'Recep Tayyip Erdoğan', 'Mevlüt Çavuşoğlu', 'Fuat Oktay'];

describe('calendar export', () => {
  it('writes RFC 5545 with the VTIMEZONE of the visit, a stable UID per item, location and participants', async () => {
    const id = await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES);
    const text = await exportIcs(id);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('VERSION:2.0');
    expect(text).toContain('PRODID:');
    const cal = readIcs(text);
    const vtz = cal.children.filter((c) => c.name === 'VTIMEZONE');
    expect(vtz.map((z) => prop(z, 'TZID')!.value)).toEqual(['Europe/Istanbul']);
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => prop(e, 'DTSTART')!)).toMatchObject([
      { params: { TZID: 'Europe/Istanbul' }, value: '20210304T110000' },
      { params: { TZID: 'Europe/Istanbul' }, value: '20210304T150000' },
      { params: { TZID: 'Europe/Istanbul' }, value: '20210305T100000' },
    ]);
    // DTSTAMP is UTC (RFC 5545 §3.8.7.2), whatever the events' zone.
    expect(events.every((e) => /^\d{8}T\d{6}Z$/.test(prop(e, 'DTSTAMP')!.value))).toBe(true);
    expect(prop(events[0]!, 'LOCATION')!.value).toBe('Presidential Complex, Ankara');
    expect(prop(events[0]!, 'DESCRIPTION')!.value).toContain('Participants: Mukhtar Tleuberdi; Recep Tayyip Erdoğan');
    expect(prop(events[1]!, 'SUMMARY')!.value).toBe(DEMO_ITEMS[1]!.title); // the ";" survives escaping
    // Every line at most 75 octets (folded), as RFC 5545 §3.1 asks.
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    // The same UIDs on every export: a calendar updates its events instead of adding copies.
    const items = await programme(id);
    expect(events.map((e) => prop(e, 'UID')!.value)).toEqual(items.map((i) => `${i.id}@briefing`));
    expect(readWithOwnReader(await exportIcs(id)).map((e) => e.uid)).toEqual(items.map((i) => `${i.id}@briefing`));
    // Both readers agree on the instants: Istanbul is UTC+3.
    const expected = ['2021-03-04T08:00Z', '2021-03-04T12:00Z', '2021-03-05T07:00Z'];
    expect(readWithIcalJs(text).map((e) => e.utc)).toEqual(expected);
    expect(readWithOwnReader(text).map((e) => e.utc)).toEqual(expected);
  });
});

describe('calendar round trip and import', () => {
  it('visit -> .ics -> new visit gives the same items, participants found by name in any script', async () => {
    const from = await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES);
    const text = await exportIcs(from);
    // The new visit spells one of them in Cyrillic with a Latin native name... and the other way round.
    const to = await visitWith(
      'Europe/Istanbul',
      [],
      ['Мухтар Тлеуберди', 'Recep Tayyip Erdogan', 'Mevlüt Çavuşoğlu', 'Fuat Oktay'],
    );
    expect(value(await importIcs(to, text))).toEqual({ added: 3, updated: 0, warnings: [] });
    const [a, b] = [await programme(from), await programme(to)];
    const strip = (i: ProgrammeItem) => ({
      start: i.start,
      end: i.end,
      title: i.title,
      location: i.location,
      n: i.participants.length,
    });
    expect(b.map(strip)).toEqual(a.map(strip));
    const people = value(await call('visits.get', { id: to })).people;
    expect(b[0]!.participants.map((p) => people.find((x) => x.id === p)!.name)).toEqual([
      'Мухтар Тлеуберди',
      'Recep Tayyip Erdogan',
    ]);
    // Importing the same file again updates the items (same UID), it does not add copies.
    expect(value(await importIcs(to, text))).toEqual({ added: 0, updated: 3, warnings: [] });
    expect((await programme(to)).length).toBe(3);
    // And the new visit's export carries the UIDs the items came with.
    expect(
      readWithOwnReader(await exportIcs(to))
        .map((e) => e.uid)
        .sort(),
    ).toEqual(a.map((i) => `${i.id}@briefing`).sort());
    // An export of a visit imported back into that visit updates its own items.
    expect(value(await importIcs(from, text))).toEqual({ added: 0, updated: 3, warnings: [] });
  });

  it("the visit file carries an imported item's UID, so a re-import on another laptop still updates it", async () => {
    const id = await visitWith('Europe/Istanbul', []);
    const ics = (await exportIcs(await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES))).replace(
      /UID:[^\r]*@briefing/g,
      (_m) => `UID:host-${Math.random().toString(36).slice(2)}@protocol.example`,
    );
    value(await importIcs(id, ics));
    const file = value(await call('interchange.export', { visitId: id }));
    expect(file.programme!.map((i) => i.uid)).toEqual((await programme(id)).map((i) => i.uid));
    expect(file.programme!.every((i) => String(i.uid).endsWith('@protocol.example'))).toBe(true);
    value(await call('visits.delete', { id }));
    value(await call('interchange.import', { file }));
    expect(value(await importIcs(id, ics))).toEqual({ added: 0, updated: 3, warnings: [] });
  });

  it('an updated invitation moves the item; the rest of the programme stays', async () => {
    const id = await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES);
    const moved = (await exportIcs(id)).replace(
      'DTSTART;TZID=Europe/Istanbul:20210305T100000',
      'DTSTART;TZID=Europe/Istanbul:20210305T113000',
    );
    expect(value(await importIcs(id, moved))).toEqual({ added: 0, updated: 3, warnings: [] });
    expect(wallTimes(await programme(id)).map((r) => r[0])).toEqual([
      '2021-03-04T11:00',
      '2021-03-04T15:00',
      '2021-03-05T11:30',
    ]);
  });

  it('01:30 on the days clocks change: London and New York change, Istanbul has not since 2016', async () => {
    const items = [
      { start: '2021-03-28T01:30', title: 'Spring forward (London skips 01:00-02:00)' },
      { start: '2021-10-31T01:30', title: 'Fall back (London has 01:30 twice)' },
      { start: '2021-03-14T01:30', title: 'New York spring day' },
      { start: '2021-11-07T01:30', title: 'New York fall-back day' },
    ];
    const london = await visitWith('Europe/London', items.slice(0, 2));
    const ny = await visitWith('America/New_York', items.slice(2));
    const istanbul = await visitWith('Europe/Istanbul', [
      { start: '2021-03-28T01:30', title: 'Europe changes, Turkey does not' },
      { start: '2021-10-31T01:30', title: 'Europe changes back, Turkey does not' },
    ]);
    const expected = {
      // A time in the skipped hour reads with the offset before the gap (RFC 5545 §3.3.5); a time
      // that happens twice is the first of the two.
      [london]: ['2021-03-28T01:30Z', '2021-10-31T00:30Z'],
      [ny]: ['2021-03-14T06:30Z', '2021-11-07T05:30Z'],
      [istanbul]: ['2021-03-27T22:30Z', '2021-10-30T22:30Z'],
    };
    const zones: Record<string, string> = {
      [london]: 'Europe/London',
      [ny]: 'America/New_York',
      [istanbul]: 'Europe/Istanbul',
    };
    // ical.js reads a repeated hour as its second occurrence, where RFC 5545 §3.3.5 says the first;
    // our import converts with luxon and takes the first (see the conversions to Istanbul below).
    const icalJsReading: Record<string, string> = {
      '2021-10-31T00:30Z': '2021-10-31T01:30Z',
      '2021-11-07T05:30Z': '2021-11-07T06:30Z',
    };
    for (const [id, utc] of Object.entries(expected)) {
      const text = await exportIcs(id);
      expect(
        readWithOwnReader(text).map((e) => e.utc),
        id,
      ).toEqual(utc);
      expect(
        readWithIcalJs(text).map((e) => e.utc),
        id,
      ).toEqual(utc.map((u) => icalJsReading[u] ?? u));
      // Round trip into a new visit in the same zone: the same wall-clock times, except a time that
      // does not exist, which comes back as the time it is (London's 01:30 on 28 March is 02:30).
      const copy = await visitWith(zones[id]!, []);
      value(await importIcs(copy, text));
      const real = (r: (string | null)[]) =>
        r[0] === '2021-03-28T01:30' && id === london ? ['2021-03-28T02:30', ...r.slice(1)] : r;
      expect(wallTimes(await programme(copy))).toEqual(wallTimes(await programme(id)).map(real));
    }
    // Istanbul's VTIMEZONE says UTC+3 all year (no DST observance in 2021).
    const vtz = readIcs(await exportIcs(istanbul)).children.find((c) => c.name === 'VTIMEZONE')!;
    expect(vtz.children.map((o) => [o.name, prop(o, 'TZOFFSETFROM')!.value, prop(o, 'TZOFFSETTO')!.value])).toEqual([
      ['STANDARD', '+0300', '+0300'],
    ]);
    // London's fall-back 01:30 (BST) lands in Istanbul at 03:30; New York's at 08:30.
    const inIstanbul = await visitWith('Europe/Istanbul', []);
    value(await importIcs(inIstanbul, await exportIcs(london)));
    value(await importIcs(inIstanbul, await exportIcs(ny)));
    expect((await programme(inIstanbul)).map((i) => i.start)).toEqual([
      '2021-03-14T09:30',
      '2021-03-28T04:30',
      '2021-10-31T03:30',
      '2021-11-07T08:30',
    ]);
  });

  it('Istanbul in 2016, its last clock change: 03:30 on 27 March did not exist', async () => {
    const id = await visitWith('Europe/Istanbul', [{ start: '2016-03-27T03:30', title: 'In the gap' }], [], {
      startDate: '2016-03-27',
      endDate: '2016-03-27',
    });
    const text = await exportIcs(id);
    expect(readWithIcalJs(text).map((e) => e.utc)).toEqual(['2016-03-27T01:30Z']);
    expect(readWithOwnReader(text).map((e) => e.utc)).toEqual(['2016-03-27T01:30Z']);
  });

  it('a 3-day programme across the date line: Auckland to Honolulu and back', async () => {
    const days = ['2021-03-03', '2021-03-04', '2021-03-05'];
    const items = days.flatMap((d, i) => [
      { start: `${d}T09:00`, end: `${d}T10:30`, title: `Day ${i + 1} morning` },
      { start: `${d}T23:30`, title: `Day ${i + 1} late` },
    ]);
    const auckland = await visitWith('Pacific/Auckland', items, [], { startDate: '2021-03-03', endDate: '2021-03-05' });
    const honolulu = await visitWith('Pacific/Honolulu', [], [], { startDate: '2021-03-02', endDate: '2021-03-05' });
    const text = await exportIcs(auckland);
    // Auckland is UTC+13 in March (summer time), Honolulu UTC-10: 23 hours behind, the day before.
    expect(readWithOwnReader(text).map((e) => e.utc)).toEqual(readWithIcalJs(text).map((e) => e.utc));
    expect(readWithOwnReader(text)[0]!.utc).toBe('2021-03-02T20:00Z');
    value(await importIcs(honolulu, text));
    expect(wallTimes(await programme(honolulu))).toEqual([
      ['2021-03-02T10:00', '2021-03-02T11:30', 'Day 1 morning'],
      ['2021-03-03T00:30', null, 'Day 1 late'],
      ['2021-03-03T10:00', '2021-03-03T11:30', 'Day 2 morning'],
      ['2021-03-04T00:30', null, 'Day 2 late'],
      ['2021-03-04T10:00', '2021-03-04T11:30', 'Day 3 morning'],
      ['2021-03-05T00:30', null, 'Day 3 late'],
    ]);
    // And back: Honolulu's export into a fresh Auckland visit gives the original wall times.
    const back = await visitWith('Pacific/Auckland', [], [], { startDate: '2021-03-03', endDate: '2021-03-05' });
    value(await importIcs(back, await exportIcs(honolulu)));
    expect(wallTimes(await programme(back))).toEqual(wallTimes(await programme(auckland)));
  });

  it('reads times in UTC, in a zone the file describes with a non-IANA name, and floating times', async () => {
    const id = await visitWith('Europe/Istanbul', []);
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Protocol//EN',
      'BEGIN:VTIMEZONE', 'TZID:Central Asia Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0600', 'TZOFFSETTO:+0600', 'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:a@host', 'DTSTAMP:20210301T000000Z', 'DTSTART:20210304T080000Z', 'DURATION:PT1H', 'SUMMARY:In UTC', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b@host', 'DTSTAMP:20210301T000000Z', 'DTSTART;TZID=Central Asia Standard Time:20210304T150000', 'SUMMARY:Almaty time', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:c@host', 'DTSTAMP:20210301T000000Z', 'DTSTART:20210305T090000', 'SUMMARY:Floating', 'LOCATION:Akorda', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n'); // prettier-ignore
    expect(value(await importIcs(id, ics))).toEqual({ added: 3, updated: 0, warnings: [] });
    expect(wallTimes(await programme(id))).toEqual([
      ['2021-03-04T11:00', '2021-03-04T12:00', 'In UTC'],
      ['2021-03-04T12:00', null, 'Almaty time'],
      ['2021-03-05T09:00', null, 'Floating'],
    ]);
  });

  it('a bad file is one clear line and nothing is written', async () => {
    const id = await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES);
    const before = await programme(id);
    const good = await exportIcs(id);
    const cases: [string, RegExp][] = [
      ['{"format":"briefing.visit"}', /not an iCalendar/],
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /no events/],
      ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY\r\n', /cannot be read/],
      [good.replace(/DTSTART;TZID=Europe\/Istanbul:20210305T100000\r\n/, ''), /Event 3 .*has no start time/],
      [
        good.replace('DTSTART;TZID=Europe/Istanbul:20210305T100000', 'DTSTART;TZID=Mars/Olympus:20210305T100000'),
        /Mars\/Olympus/,
      ],
      [good.replace(/UID:[^\r]*\r\n(?=(?:(?!UID:)[\s\S])*$)/, ''), /has no UID/],
    ];
    for (const [text, message] of cases) {
      const r = await importIcs(id, text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(message);
        expect(r.error.message).not.toContain('\n');
      }
      expect(await programme(id)).toEqual(before);
    }
  });
});

describe('briefing export-ics / import-ics', () => {
  it('writes the file, reads it into another visit, and refuses a bad file with one line on stderr', async () => {
    const id = await visitWith('Europe/Istanbul', DEMO_ITEMS, DEMO_NAMES);
    const other = await visitWith('Asia/Almaty', []);
    t.store.close();
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: {} } };
    };
    const file = t.file.replace(/briefing\.sqlite$/, 'programme.ics');
    const a = io();
    expect(await runCli(['--db', t.file, 'export-ics', '--visit', id, '--out', file], a.io)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('SUMMARY:Call on President Erdoğan');
    const b = io();
    expect(await runCli(['--db', t.file, 'import-ics', file, '--visit', other], b.io)).toBe(0);
    expect(b.out).toEqual(['3 added, 0 updated']);
    fs.writeFileSync(file, 'not a calendar');
    const c = io();
    expect(await runCli(['--db', t.file, 'import-ics', file, '--visit', other], c.io)).toBe(1);
    expect(c.err.length).toBe(1);
    expect(c.err[0]).toMatch(/not an iCalendar/);
    const d = io();
    expect(await runCli(['--db', t.file, 'import-ics', file], d.io)).toBe(2);
    t = openTestStore(); // afterEach closes it
  });
});
