/**
 * A second, independent reader of iCalendar text for the tests (the first is ical.js): RFC 5545
 * line unfolding, properties with parameters, and DTSTART;TZID times resolved with the file's own
 * VTIMEZONE observances (the latest observance starting at or before the time). Nothing shared
 * with the exporter, so a wrong VTIMEZONE or a wrong local time shows up here.
 */
export interface RawProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface RawComponent {
  name: string;
  props: RawProperty[];
  children: RawComponent[];
}

function unescapeText(v: string): string {
  return v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
}

export function readIcs(text: string): RawComponent {
  if (/[^\r]\n/.test(text.replace(/\r\n/g, ''))) throw new Error('lines must end with CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const stack: RawComponent[] = [{ name: 'ROOT', props: [], children: [] }];
  for (const line of lines) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const [head, value] = [line.slice(0, colon), line.slice(colon + 1)];
    const [name, ...paramParts] = head.split(';');
    const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
    if (name === 'BEGIN') {
      const c = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      if (stack.pop()!.name !== value) throw new Error(`END:${value} does not close its BEGIN`);
    } else stack.at(-1)!.props.push({ name: name!, params, value: unescapeText(value) });
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return stack[0]!.children[0]!;
}

export const prop = (c: RawComponent, name: string) => c.props.find((p) => p.name === name);

const toMinutes = (offset: string) =>
  (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));

const basicToMs = (v: string) =>
  Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8), +v.slice(9, 11), +v.slice(11, 13), +v.slice(13, 15));

/** The UTC instant (ISO, to the minute) of a DTSTART/DTEND property of this calendar. */
export function instantOf(calendar: RawComponent, p: RawProperty): string {
  let ms = basicToMs(p.value);
  if (!p.value.endsWith('Z')) {
    const tz = calendar.children.find((c) => c.name === 'VTIMEZONE' && prop(c, 'TZID')?.value === p.params.TZID);
    if (!tz) throw new Error(`no VTIMEZONE for ${p.params.TZID}`);
    // Observance starts are local times in the offset before them (TZOFFSETFROM).
    const starts = tz.children
      .map((o) => ({
        at: basicToMs(prop(o, 'DTSTART')!.value) - toMinutes(prop(o, 'TZOFFSETFROM')!.value) * 60_000,
        from: toMinutes(prop(o, 'TZOFFSETFROM')!.value),
        to: toMinutes(prop(o, 'TZOFFSETTO')!.value),
      }))
      .sort((a, b) => a.at - b.at);
    // Try each offset: the right one is that of the latest observance begun by the instant it gives.
    const candidates = starts
      .map((o) => ms - o.to * 60_000)
      .filter((t) => {
        const current = [...starts].reverse().find((o) => o.at <= t) ?? starts[0]!;
        return ms - current.to * 60_000 === t;
      })
      .sort((a, b) => a - b);
    ms = candidates[0] ?? ms - ([...starts].reverse().find((o) => o.at <= ms) ?? starts[0]!).to * 60_000;
  }
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}
