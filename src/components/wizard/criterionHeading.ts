import type { TargetedMouseEvent } from 'preact';
import type { CriterionResult } from '../../machines/assessment';

/** The id of a criterion's heading on the result page: the summary links to it. */
export const criterionHeadingId = (id: CriterionResult['id']) => `criterion-${id}`;

/**
 * The fragment holds the answers, so an in-page link must not replace it: the summary scrolls to the
 * criterion's heading and moves focus there, as following the link would.
 */
export function goToCriterion(event: TargetedMouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const heading = document.getElementById(event.currentTarget.hash.slice(1));
  heading?.scrollIntoView();
  heading?.focus();
}
