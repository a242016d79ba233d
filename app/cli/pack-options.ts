import { PackOverride } from '../domain/pack';
import { UsageError, type ParsedArgs } from './args';

/** `export --visit` options that choose the pack (README, "The briefing pack"). */
export const PACK_VALUE_FLAGS = ['notes', 'for', 'reference', 'date', 'prepared-by'] as const;
export const PACK_BOOL_FLAGS = ['drafts', 'no-drafts', 'numbered', 'not-numbered', 'keep'] as const;
export const PACK_FLAGS: readonly string[] = [...PACK_VALUE_FLAGS, ...PACK_BOOL_FLAGS];

export const PACK_USAGE =
  '[--notes ID,ID…] [--drafts|--no-drafts] [--numbered|--not-numbered] [--for TEXT] [--reference TEXT] [--date YYYY-MM-DD] [--prepared-by TEXT] [--keep]';

/** The pack options of a command line, checked before the database is opened. */
export function packOptions(args: ParsedArgs): { override: PackOverride; keep: boolean } {
  const value = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const either = (yes: string, no: string) => {
    if (args.flags.has(yes) && args.flags.has(no)) throw new UsageError(`--${yes} and --${no} cannot both be given`);
    return args.flags.has(yes) ? true : args.flags.has(no) ? false : undefined;
  };
  const cover = {
    for: value('for'),
    reference: value('reference'),
    date: value('date'),
    preparedBy: value('prepared-by'),
  };
  const raw = {
    noteIds: value('notes')
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    includeDrafts: either('drafts', 'no-drafts'),
    numberedParagraphs: either('numbered', 'not-numbered'),
    cover: Object.values(cover).some((v) => v !== undefined) ? cover : undefined,
  };
  const parsed = PackOverride.safeParse(JSON.parse(JSON.stringify(raw)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`export: ${issue.path.join('.')}: ${issue.message}`);
  }
  return { override: parsed.data, keep: args.flags.has('keep') };
}
