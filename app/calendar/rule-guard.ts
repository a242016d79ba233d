import type ICAL from 'ical.js';

/**
 * ical.js 2.2.1 loops for ever on a rule whose BY* parts exclude every instance its frequency
 * steps through (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30: kewisch/ical.js#1038, #509), and a calendar
 * file comes from outside. So each rule iterator of an expansion stops stepping once it is past
 * the years that matter (RulePastHorizon: no more occurrences there) or has rejected too many
 * instances (RuleNeverMatches), instead of the process hanging.
 */
export class RuleNeverMatches extends Error {}
export class RulePastHorizon extends Error {}

/** Instances a rule may step over in one expansion: a minutely rule over two months fits. */
export const REJECTED_INSTANCES = 100_000;

interface GuardedIterator {
  last: ICAL.Time;
  check_contracting_rules(): boolean;
}

/** Guards the rule iterators of an expansion; `lastYear` is the last year whose occurrences are wanted. */
export function guardExpansion(expansion: ICAL.RecurExpansion, lastYear: number, budget = REJECTED_INSTANCES): void {
  let rejected = 0;
  const iterators = (expansion as unknown as { ruleIterators: GuardedIterator[] | null }).ruleIterators ?? [];
  for (const iterator of iterators) {
    const check = iterator.check_contracting_rules.bind(iterator);
    iterator.check_contracting_rules = () => {
      if (check()) return true;
      if (iterator.last.year > lastYear) throw new RulePastHorizon('no occurrence before the horizon');
      if (++rejected > budget) throw new RuleNeverMatches('the rule never gives an occurrence');
      return false;
    };
  }
}
