import type { Answers } from './answers';
import {
  CRITERIA,
  exceptionOf,
  kindOf,
  type Criterion,
  type CriterionException,
  type CriterionKind,
  type Status,
} from './criteria';

type Group = readonly { readonly status: Status }[];
const hasStatus = (results: Group, status: Status) => results.some((result) => result.status === status);

/** Each verdict and when it applies, in the order the contract checks them: the first that applies wins. */
const VERDICT_RULES = [
  { verdict: 'does-not-match', applies: (core: Group) => hasStatus(core, 'not-met') },
  { verdict: 'needs-decisions', applies: (core: Group) => hasStatus(core, 'unclear') },
  {
    verdict: 'matches-core',
    applies: (_core: Group, characteristics: Group) => characteristics.some((result) => result.status !== 'met'),
  },
  { verdict: 'matches', applies: () => true },
] as const;

export type Verdict = (typeof VERDICT_RULES)[number]['verdict'];
export const VERDICTS: readonly Verdict[] = VERDICT_RULES.map((rule) => rule.verdict);

export interface CriterionResult {
  readonly id: Criterion['id'];
  readonly kind: CriterionKind;
  readonly status: Status;
  readonly explanationKey: Criterion['explanationKey'];
  readonly section: Criterion['section'];
  readonly source: Criterion['source'];
  /** The answers the status rests on: the result shows them as "what you answered". */
  readonly answerKeys: Criterion['answerKeys'];
  /** Why it counts otherwise than its table says, for this plan (its kind is the exception's). */
  readonly exception?: CriterionException;
}

export interface Assessment {
  readonly verdict: Verdict;
  /** The founding prerequisites: shown beside the verdict, never part of it. */
  readonly legal: readonly CriterionResult[];
  readonly core: readonly CriterionResult[];
  readonly characteristics: readonly CriterionResult[];
}

export function assess(answers: Answers): Assessment {
  const results = CRITERIA.map((criterion): CriterionResult => {
    const exception = exceptionOf(criterion, answers);
    return {
      id: criterion.id,
      kind: kindOf(criterion, answers),
      status: criterion.rule(answers),
      explanationKey: criterion.explanationKey,
      section: criterion.section,
      source: criterion.source,
      answerKeys: criterion.answerKeys,
      ...(exception && { exception }),
    };
  });
  const ofKind = (kind: CriterionKind) => results.filter((result) => result.kind === kind);
  const core = ofKind('core');
  const characteristics = ofKind('characteristic');
  return { verdict: verdictOf(core, characteristics), legal: ofKind('legal'), core, characteristics };
}

function verdictOf(core: Group, characteristics: Group): Verdict {
  return VERDICT_RULES.find((rule) => rule.applies(core, characteristics))!.verdict;
}
