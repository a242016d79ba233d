import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, OperationName, OutputOf } from '../api/contract';
import type { Result } from '../api/result';
import { runCli } from '../cli/run';
import type { ProgrammeItem } from '../domain/programme';
import { openTestStore, value, VISIT_INPUT } from '../testing/fixtures';

/**
 * Repeating events on import (issue 18). The two files in fixtures/ are written for these tests in
 * the shape Google Calendar and Outlook 16 export (their PRODID, VTIMEZONE style, folding, an
 * Exchange UID); they are not copied from anyone's calendar.
 */
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const DAILY = fixture('security-briefing-daily.ics');
const WEEKLY = fixture('weekly-call-no-end.ics');
const DAILY_UID = '3q1v9d2kq7mbn0c4gk5mcr1r6s@google.com';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.close());

const call = <K extends OperationName>(name: K, input: InputOf<K>) =>
  t.dispatch(name, input) as Promise<Result<OutputOf<K>>>;

async function visit(timeZone: string, startDate: string, endDate: string, people: string[] = []) {
  const v = value(await call('visits.create', { ...VISIT_INPUT, startDate, endDate, timeZone }));
  for (const name of people) value(await call('people.create', { visitId: v.id, name }));
  return v.id;
}
const importIcs = (visitId: string, text: string) => call('calendar.import', { visitId, text });
const programme = async (visitId: string) => value(await call('visits.get', { id: visitId })).programme;
const times = (items: ProgrammeItem[]) => items.map((i) => [i.start, i.end ?? null, i.title]);

/** An .ics calendar around the given lines (one event or more). */
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20210301T090000Z', ...lines, 'END:VEVENT'];

describe('repeating events on import', () => {
  it('a daily 08:00 briefing over a 3-day visit: one item a day, the excluded day left out, the moved one moved', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06', ['Mukhtar Tleuberdi']);
    expect(value(await importIcs(id, DAILY))).toEqual({ added: 2, updated: 0, warnings: [] });
    const items = await programme(id);
    expect(times(items)).toEqual([
      ['2021-03-04T08:00', '2021-03-04T08:30', 'Security briefing'],
      ['2021-03-06T07:30', '2021-03-06T08:00', 'Security briefing (early)'],
    ]);
    expect(items.map((i) => i.uid)).toEqual([`${DAILY_UID}/20210304T050000Z`, `${DAILY_UID}/20210306T050000Z`]);
    expect(items.every((i) => i.location === 'Delegation office, Sheraton Ankara')).toBe(true);
    expect(items.every((i) => i.participants.length === 1)).toBe(true);
  });

  it('a re-import updates each occurrence instead of adding it again, and a changed file moves them', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06');
    value(await importIcs(id, DAILY));
    const before = await programme(id);
    expect(value(await importIcs(id, DAILY))).toEqual({ added: 0, updated: 2, warnings: [] });
    expect(await programme(id)).toEqual(before);
    // The host moves the briefing to 08:15 and brings back the excluded day.
    const moved = DAILY.replace(/T080000/g, 'T081500')
      .replace(/T083000/g, 'T084500')
      .replace(/EXDATE[^\r]*\r\n/, '')
      .replace('UNTIL=20210306T050000Z', 'UNTIL=20210306T051500Z');
    // Each day's item is updated (a moved rule gives other RECURRENCE-IDs), the day brought back added.
    expect(value(await importIcs(id, moved))).toEqual({ added: 1, updated: 2, warnings: [] });
    expect(times(await programme(id))).toEqual([
      ['2021-03-04T08:15', '2021-03-04T08:45', 'Security briefing'],
      ['2021-03-05T08:15', '2021-03-05T08:45', 'Security briefing'],
      ['2021-03-06T07:30', '2021-03-06T08:15', 'Security briefing (early)'],
    ]);
    // The host cancels the last day: its item stays (a note may hang on it), named in a warning.
    const shorter = moved.replace('UNTIL=20210306T051500Z', 'UNTIL=20210305T051500Z').split('BEGIN:VEVENT');
    const withoutChange = `${shorter[0]}BEGIN:VEVENT${shorter[1]!.replace(/END:VEVENT[\s\S]*$/, 'END:VEVENT\r\n')}END:VCALENDAR\r\n`;
    expect(value(await importIcs(id, withoutChange))).toEqual({
      added: 0,
      updated: 2,
      warnings: [
        '"Security briefing (early)" on 6 March 2021 is no longer in the calendar file: its programme item was kept.',
      ],
    });
    expect((await programme(id)).length).toBe(3);
  });

  it('the visit exported to .ics and imported again updates the occurrences, into the same or another visit', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06');
    value(await importIcs(id, DAILY));
    const before = await programme(id);
    const exported = value(await call('calendar.export', { visitId: id })).text;
    expect(exported).not.toContain('RRULE');
    expect(value(await importIcs(id, exported))).toEqual({ added: 0, updated: 2, warnings: [] });
    expect(await programme(id)).toEqual(before);
    const other = await visit('Asia/Almaty', '2021-03-04', '2021-03-06');
    value(await importIcs(other, exported));
    // The original file after the export: still the same two items, not four.
    expect(value(await importIcs(other, DAILY))).toEqual({ added: 0, updated: 2, warnings: [] });
    expect(times(await programme(other))).toEqual([
      ['2021-03-04T11:00', '2021-03-04T11:30', 'Security briefing'],
      ['2021-03-06T10:30', '2021-03-06T11:00', 'Security briefing (early)'],
    ]);
  });

  it('a weekly call with no end, in an Outlook zone that changes: only the visit’s Mondays, each at the right hour, and a warning', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-22', '2021-04-06');
    const r = value(await importIcs(id, WEEKLY));
    expect(r.added).toBe(3);
    expect(r.warnings).toEqual([
      `"Regional coordination call" repeats with no end: only its 3 occurrences within the visit's dates were imported.`,
    ]);
    // 10:00 in Athens/Bucharest: 11:00 in Ankara before 28 March (EET), 10:00 after (EEST).
    expect(times(await programme(id))).toEqual([
      ['2021-03-22T11:00', '2021-03-22T11:30', 'Regional coordination call'],
      ['2021-03-29T10:00', '2021-03-29T10:30', 'Regional coordination call'],
      ['2021-04-05T10:00', '2021-04-05T10:30', 'Regional coordination call'],
    ]);
  });

  it('an IANA zone the file does not describe: daily 08:00 London across the clock change, UNTIL read as an instant', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-26', '2021-03-30');
    const ics = calendar(
      ...event(
        'UID:london-briefing',
        'SUMMARY:Morning call with London',
        'DTSTART;TZID=Europe/London:20210326T080000',
        'DTEND;TZID=Europe/London:20210326T081500',
        // 08:00 BST on 30 March is 07:00 UTC: the last occurrence only if London's offset is known.
        'RRULE:FREQ=DAILY;UNTIL=20210330T070000Z',
      ),
    );
    expect(value(await importIcs(id, ics))).toEqual({ added: 5, updated: 0, warnings: [] });
    expect(times(await programme(id)).map(([start]) => start)).toEqual([
      '2021-03-26T11:00',
      '2021-03-27T11:00',
      '2021-03-28T10:00',
      '2021-03-29T10:00',
      '2021-03-30T10:00',
    ]);
  });

  it('RDATE adds occurrences, a cancelled occurrence is left out, a RECURRENCE-ID in UTC still finds its occurrence', async () => {
    const id = await visit('Asia/Almaty', '2021-03-04', '2021-03-08');
    const ics = calendar(
      ...event(
        'UID:press',
        'SUMMARY:Press point',
        'DTSTART;TZID=Asia/Almaty:20210304T180000',
        'DURATION:PT20M',
        'RDATE;TZID=Asia/Almaty:20210306T120000,20210308T180000',
      ),
      ...event(
        'UID:press',
        'SUMMARY:Press point',
        'RECURRENCE-ID:20210308T120000Z',
        'DTSTART;TZID=Asia/Almaty:20210308T180000',
        'STATUS:CANCELLED',
      ),
      ...event(
        'UID:press',
        'SUMMARY:Press point (joint)',
        'RECURRENCE-ID:20210306T060000Z',
        'DTSTART;TZID=Asia/Almaty:20210306T123000',
      ),
    );
    expect(value(await importIcs(id, ics))).toEqual({ added: 2, updated: 0, warnings: [] });
    expect(times(await programme(id))).toEqual([
      ['2021-03-04T18:00', '2021-03-04T18:20', 'Press point'],
      // No DTEND of its own: the event's 20 minutes.
      ['2021-03-06T12:30', '2021-03-06T12:50', 'Press point (joint)'],
    ]);
    // DTSTART excluded by EXDATE: only the RDATE occurrences remain.
    const other = await visit('Asia/Almaty', '2021-03-04', '2021-03-08');
    const excluded = calendar(
      ...event(
        'UID:press-2',
        'SUMMARY:Press point',
        'DTSTART;TZID=Asia/Almaty:20210304T180000',
        'RDATE;TZID=Asia/Almaty:20210306T120000',
        'EXDATE:20210304T120000Z',
      ),
    );
    expect(value(await importIcs(other, excluded))).toMatchObject({ added: 1 });
    expect((await programme(other)).map((i) => i.start)).toEqual(['2021-03-06T12:00']);
  });

  it('a whole-day event repeating over the visit: one item a day, its UID keyed by the date itself', async () => {
    const id = await visit('Pacific/Auckland', '2021-03-04', '2021-03-06');
    const ics = calendar(
      ...event(
        'UID:accreditation',
        'SUMMARY:Press accreditation open',
        'DTSTART;VALUE=DATE:20210304',
        'RRULE:FREQ=DAILY;COUNT=3',
      ),
    );
    expect(value(await importIcs(id, ics))).toEqual({ added: 3, updated: 0, warnings: [] });
    const items = await programme(id);
    expect(items.map((i) => i.start)).toEqual(['2021-03-04T00:00', '2021-03-05T00:00', '2021-03-06T00:00']);
    expect(items.map((i) => i.uid)).toEqual([
      'accreditation/20210304',
      'accreditation/20210305',
      'accreditation/20210306',
    ]);
  });

  it('an hourly rule over a long visit stops at 100 items with a warning', async () => {
    const id = await visit('UTC', '2021-03-01', '2021-03-10');
    const ics = calendar(
      ...event('UID:hourly', 'SUMMARY:Situation update', 'DTSTART:20210301T000000Z', 'RRULE:FREQ=HOURLY;COUNT=500'),
    );
    const r = value(await importIcs(id, ics));
    expect(r.added).toBe(100);
    expect(r.warnings).toEqual([
      `"Situation update" repeats more than 100 times within the visit's dates: only the first 100 were imported.`,
    ]);
  });

  it('occurrences outside the visit are left out with a warning; a file with none inside writes nothing', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-05');
    const weekly = calendar(
      ...event(
        'UID:w',
        'SUMMARY:Staff meeting',
        'DTSTART;TZID=Europe/Istanbul:20210301T090000',
        'RRULE:FREQ=DAILY;COUNT=10',
      ),
    );
    const r = value(await importIcs(id, weekly));
    expect(r.added).toBe(2);
    expect(r.warnings).toEqual([
      `"Staff meeting" also repeats outside the visit's dates (4–5 March 2021): only its 2 occurrences within them were imported.`,
    ]);
    const later = await visit('Europe/Istanbul', '2022-03-04', '2022-03-05');
    const none = await importIcs(later, weekly);
    expect(none.ok).toBe(false);
    if (!none.ok)
      expect(none.error.message).toBe("This .ics file has no events within the visit's dates (4–5 March 2022).");
    expect(await programme(later)).toEqual([]);
  });

  it('a repeating event imported before occurrences were expanded: its item becomes the first occurrence', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06');
    // What the first-occurrence-only import left: one item with the bare UID.
    const first = event(
      `UID:${DAILY_UID}`,
      'SUMMARY:Security briefing',
      'DTSTART;TZID=Europe/Istanbul:20210304T080000',
      'DTEND;TZID=Europe/Istanbul:20210304T083000',
    );
    value(await importIcs(id, calendar(...first)));
    expect((await programme(id)).map((i) => i.uid)).toEqual([DAILY_UID]);
    expect(value(await importIcs(id, DAILY))).toEqual({ added: 1, updated: 1, warnings: [] });
    expect((await programme(id)).map((i) => i.uid)).toEqual([
      `${DAILY_UID}/20210304T050000Z`,
      `${DAILY_UID}/20210306T050000Z`,
    ]);
  });

  it('a rule that cannot be read is one clear line and nothing is written', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06');
    value(await importIcs(id, DAILY));
    const before = await programme(id);
    for (const bad of [
      DAILY.replace('FREQ=DAILY', 'FREQ=SOMETIMES'),
      DAILY.replace('EXDATE;TZID=Europe/Istanbul', 'EXDATE;TZID=Mars/Olympus'),
      DAILY.replace('RECURRENCE-ID;TZID=Europe/Istanbul', 'RECURRENCE-ID;TZID=Mars/Olympus'),
    ]) {
      const r = await importIcs(id, bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message).not.toContain('\n');
      }
      expect(await programme(id)).toEqual(before);
    }
  });

  it('a rule whose parts exclude every day (30 February) ends instead of hanging: DTSTART stays its one occurrence', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-04', '2021-03-06');
    const never = DAILY.replace('FREQ=DAILY;UNTIL=20210306T050000Z', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');
    const r = value(await importIcs(id, never));
    expect(r.added).toBe(1);
    expect(r.warnings).toEqual([
      `"Security briefing" repeats with no end: only its 1 occurrence within the visit's dates was imported.`,
    ]);
    const secondly = await importIcs(id, never.replace('FREQ=DAILY', 'FREQ=SECONDLY'));
    expect(secondly.ok).toBe(false);
    if (!secondly.ok)
      expect(secondly.error.message).toBe(
        'Event 1 ("Security briefing") repeats by a rule that never gives an occurrence.',
      );
    expect((await programme(id)).length).toBe(1);
  });

  it('briefing import-ics prints the count on stdout and each warning on stderr', async () => {
    const id = await visit('Europe/Istanbul', '2021-03-22', '2021-04-06');
    t.store.close();
    const file = t.file.replace(/briefing\.sqlite$/, 'weekly.ics');
    fs.writeFileSync(file, WEEKLY);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: {} };
    expect(await runCli(['--db', t.file, 'import-ics', file, '--visit', id], io)).toBe(0);
    expect(out).toEqual(['3 added, 0 updated']);
    expect(err).toEqual([
      `warning: "Regional coordination call" repeats with no end: only its 3 occurrences within the visit's dates were imported.`,
    ]);
    t = openTestStore(); // afterEach closes it
  });
});
