import type { Answers } from './answers';
import { CRITERIA, kindOf, type Criterion, type CriterionKind, type Status } from './criteria';

/** In the order the contract checks them: the first that applies is the verdict. */
export const VERDICTS = ['does-not-match', 'needs-decisions', 'matches-core', 'matches'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CriterionResult {
  readonly id: Criterion['id'];
  readonly kind: CriterionKind;
  readonly status: Status;
  readonly explanationKey: Criterion['explanationKey'];
  readonly section: Criterion['section'];
  /** The answers the status rests on: the result shows them as "what you answered". */
  readonly answerKeys: Criterion['answerKeys'];
}

export interface Assessment {
  readonly verdict: Verdict;
  /** The legal prerequisites: shown beside the verdict, never part of it. */
  readonly legal: readonly CriterionResult[];
  readonly core: readonly CriterionResult[];
  readonly characteristics: readonly CriterionResult[];
}

export function assess(answers: Answers): Assessment {
  const results = CRITERIA.map(
    (criterion): CriterionResult => ({
      id: criterion.id,
      kind: kindOf(criterion, answers),
      status: criterion.rule(answers),
      explanationKey: criterion.explanationKey,
      section: criterion.section,
      answerKeys: criterion.answerKeys,
    }),
  );
  const ofKind = (kind: CriterionKind) => results.filter((result) => result.kind === kind);
  const core = ofKind('core');
  const characteristics = ofKind('characteristic');
  return { verdict: verdictOf(core, characteristics), legal: ofKind('legal'), core, characteristics };
}

function verdictOf(core: readonly CriterionResult[], characteristics: readonly CriterionResult[]): Verdict {
  const hasStatus = (results: readonly CriterionResult[], status: Status) =>
    results.some((result) => result.status === status);
  if (hasStatus(core, 'not-met')) return 'does-not-match';
  if (hasStatus(core, 'unclear')) return 'needs-decisions';
  if (hasStatus(characteristics, 'not-met') || hasStatus(characteristics, 'unclear')) return 'matches-core';
  return 'matches';
}
