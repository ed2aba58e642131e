import type { Answers } from '../../../../src/machines/answers';
import type { Verdict } from '../../../../src/machines/assessment';

/**
 * The verdict read straight from the tables of shared/spec/wizard.md, written apart from
 * criteria.ts and assessment.ts so that property and model tests compare two readings.
 */
export function specVerdict(plan: Answers): Verdict {
  const integratesIntoWork = plan.focus === 'work-integration' || plan.focus === 'both';
  const hasDisadvantaged = plan.disadvantaged.length > 0;
  const someCoreNotMet =
    plan.focus === 'other' ||
    plan.publicBenefit !== 'yes' ||
    plan.surplus === 'distribute' ||
    plan.governance === 'by-shares' ||
    plan.governance === 'founders-decide' ||
    plan.workerMembers * 2 <= plan.members ||
    plan.workerBoard * 2 <= plan.board ||
    (integratesIntoWork && !hasDisadvantaged);
  if (someCoreNotMet) return 'does-not-match';
  if (plan.surplus === 'undecided' || plan.governance === 'undecided') return 'needs-decisions';
  const everyCharacteristicMet =
    plan.stakeholders.length > 0 &&
    plan.flexibleMembership === 'yes' &&
    plan.simpleEntryExit === 'yes' &&
    plan.innovation === 'yes' &&
    (integratesIntoWork || hasDisadvantaged);
  return everyCharacteristicMet ? 'matches' : 'matches-core';
}
