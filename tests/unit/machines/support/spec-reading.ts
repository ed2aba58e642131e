import type { Answers } from '../../../../src/machines/answers';
import type { Verdict } from '../../../../src/machines/assessment';

/**
 * The verdict read straight from the tables of shared/spec/wizard.md, written apart from
 * criteria.ts and assessment.ts so that property and model tests compare two readings.
 */
export function specVerdict(plan: Answers): Verdict {
  const integratesIntoWork = plan.focus === 'work-integration' || plan.focus === 'both';
  const disadvantagedUndecided = plan.disadvantaged === 'undecided';
  const hasDisadvantaged = !disadvantagedUndecided && plan.disadvantaged.length > 0;
  // A care cooperative of its users: the worker majorities are characteristics there.
  const careOfItsUsers =
    (plan.focus === 'social-services' || plan.focus === 'both') &&
    plan.stakeholders !== 'undecided' &&
    plan.stakeholders.includes('consumers');
  const workerMajorityMembers = plan.workerMembers * 2 > plan.members;
  const workerMajorityBoard = plan.workerBoard * 2 > plan.board;
  const someCoreNotMet =
    plan.focus === 'other' ||
    plan.publicBenefit === 'partly' ||
    plan.publicBenefit === 'no' ||
    plan.surplus === 'distribute' ||
    plan.governance === 'by-shares' ||
    plan.governance === 'founders-decide' ||
    (!careOfItsUsers && !(workerMajorityMembers && workerMajorityBoard)) ||
    (integratesIntoWork && !hasDisadvantaged && !disadvantagedUndecided);
  if (someCoreNotMet) return 'does-not-match';
  const someCoreUndecided =
    plan.focus === 'not-sure' ||
    plan.publicBenefit === 'not-sure' ||
    plan.surplus === 'undecided' ||
    plan.governance === 'undecided' ||
    (integratesIntoWork && disadvantagedUndecided);
  if (someCoreUndecided) return 'needs-decisions';
  const everyCharacteristicMet =
    plan.stakeholders !== 'undecided' &&
    plan.stakeholders.length > 0 &&
    plan.flexibleMembership === 'yes' &&
    plan.simpleEntryExit === 'yes' &&
    plan.innovation === 'yes' &&
    (integratesIntoWork || hasDisadvantaged) &&
    (!careOfItsUsers || (workerMajorityMembers && workerMajorityBoard));
  return everyCharacteristicMet ? 'matches' : 'matches-core';
}
