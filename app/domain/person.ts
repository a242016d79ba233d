import { z } from 'zod';
import { countryCode } from './country';
import { isoDate } from './dates';
import { Id } from './ids';
import { line, optionalLine, prose } from './text';

/** A title held between two dates (either end open). Used to print the title in force on a date. */
export const DatedTitle = z
  .object({
    title: line('Title', 300),
    organisation: optionalLine('Organisation', 200),
    from: isoDate('From date').optional(),
    to: isoDate('To date').optional(),
  })
  .refine((t) => !t.from || !t.to || t.from <= t.to, {
    path: ['to'],
    message: 'To date must not be before the from date',
  });
export type DatedTitle = z.infer<typeof DatedTitle>;

export const PersonFields = z.object({
  name: line('Name', 200),
  /** Other spellings and transliterations the same person appears under. */
  aliases: z.array(line('Alias', 200)).max(50, 'at most 50 aliases').default([]),
  titles: z.array(DatedTitle).max(50, 'at most 50 titles').default([]),
  country: countryCode('Country').optional(),
  /** The name in the person's own script (Мұхтар Тілеуберді), shown beside the canonical one. */
  nativeName: optionalLine('Native-script name', 200),
  biography: prose('Biography', 50_000).default(''),
});

export const Person = PersonFields.extend({ id: Id });
export type Person = z.infer<typeof Person>;
export type PersonInput = z.input<typeof PersonFields>;

/** The title a person held on a date (YYYY-MM-DD); undated titles count as always held. */
export function titleOn(person: Pick<Person, 'titles'>, date: string): DatedTitle | undefined {
  return person.titles.find((t) => (!t.from || t.from <= date) && (!t.to || date <= t.to));
}

/**
 * "Mukhtar Tleuberdi (Мұхтар Тілеуберді)": the canonical name with the native-script one beside
 * it; the name alone when there is none (or it is the same). The one rule for bios, fields and calendars.
 */
export function nameWithNativeScript(person: Pick<Person, 'name' | 'nativeName'>): string {
  const native = person.nativeName?.trim();
  return native && native !== person.name.trim() ? `${person.name} (${native})` : person.name;
}
