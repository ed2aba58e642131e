import type { Answers } from '../../src/machines/answers';

/** The contract's example link: a plan that meets every criterion. Tests vary one answer of it. */
export const MATCHING_PLAN: Answers = {
  focus: 'both',
  publicBenefit: 'yes',
  surplus: 'community',
  governance: 'one-member-one-vote',
  members: 9,
  workerMembers: 6,
  board: 3,
  workerBoard: 2,
  stakeholders: ['consumers', 'volunteers'],
  disadvantaged: ['disabled', 'migrants'],
  flexibleMembership: 'yes',
  simpleEntryExit: 'yes',
  innovation: 'yes',
};

export function planWith(changes: Partial<Answers>): Answers {
  return { ...MATCHING_PLAN, ...changes };
}
