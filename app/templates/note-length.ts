import { countryName } from '../domain/country';
import type { LengthOptions } from '../domain/length';
import { formatDateRange, formatMeetingTime, resolveField, type FieldContext } from './fields';

/**
 * The options that make the estimate match a single-note export: fields as their values (or the
 * missing marker) and the title block document.ts writes above the text.
 */
export function noteLengthOptions(title: string, ctx: FieldContext): LengthOptions {
  const { visit } = ctx;
  const item = ctx.programmeItem ?? undefined;
  const labels = [
    `Visit: ${visit.title}`,
    ...(item ? [`Meeting: ${item.title}`] : []),
    `Date: ${item ? formatMeetingTime(item, visit.timeZone, visit.city) : formatDateRange(visit.startDate, visit.endDate)}`,
    `Place: ${item?.location ?? `${visit.city}, ${countryName(visit.hostCountry)}`}`,
  ];
  return {
    titleBlock: { title, labels },
    fieldText: (node) => resolveField(node.field, ctx, node.personId) ?? `[missing: ${node.field}]`,
  };
}
