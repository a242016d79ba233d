/**
 * What normalising content changed, by kind, so import (and paste) can say so in words:
 * "3 unsafe links became plain text, 12 characters cleaned".
 */
export interface Cleaned {
  /** Characters XML cannot carry: dropped, replaced by U+FFFD, or turned into a line or paragraph break. */
  characters: number;
  /** Links to anything but http, https or mailto (or too long): now plain text, their words kept. */
  links: number;
  /** Values out of range or unknown (spans, indents, list starts, styles, link targets…), set to safe ones. */
  values: number;
  /** Nodes moved or wrapped so the document has a shape Word can take (a table inside a list item…). */
  moved: number;
}

export function noneCleaned(): Cleaned {
  return { characters: 0, links: 0, values: 0, moved: 0 };
}

export function addCleaned(into: Cleaned, more: Cleaned): Cleaned {
  into.characters += more.characters;
  into.links += more.links;
  into.values += more.values;
  into.moved += more.moved;
  return into;
}

export function anythingCleaned(c: Cleaned): boolean {
  return c.characters + c.links + c.values + c.moved > 0;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The changes in words, one phrase per kind, for a message or the CLI ("" when nothing changed). */
export function describeCleaned(c: Cleaned): string {
  const parts: string[] = [];
  if (c.links) parts.push(`${plural(c.links, 'unsafe link', 'unsafe links')} became plain text`);
  if (c.characters) parts.push(`${plural(c.characters, 'character', 'characters')} cleaned`);
  if (c.values) parts.push(`${plural(c.values, 'setting', 'settings')} made safe`);
  if (c.moved) parts.push(`${plural(c.moved, 'block', 'blocks')} moved to fit the document's shape`);
  return parts.join(', ');
}
