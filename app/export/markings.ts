/**
 * The order of protective markings comes from the installation's list (Settings), lowest first. A
 * marking no longer on the list ranks above every listed one: a pack is never marked lower than
 * anything in it because a marking was retired.
 */
export function markingRank(order: readonly string[], marking: string): number {
  const index = order.indexOf(marking);
  return index < 0 ? order.length : index;
}

/** The highest of the markings (the first given when they rank equal). */
export function highestMarking(order: readonly string[], markings: readonly string[]): string {
  let highest = markings[0] ?? '';
  for (const m of markings) if (markingRank(order, m) > markingRank(order, highest)) highest = m;
  return highest;
}
