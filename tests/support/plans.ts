import type { Answers } from '../../src/machines/answers';
import { MATCHING_PLAN } from '../../src/machines/examplePlan';

export { MATCHING_PLAN };

/** The contract's example plan with some answers changed. */
export function planWith(changes: Partial<Answers>): Answers {
  return { ...MATCHING_PLAN, ...changes };
}
