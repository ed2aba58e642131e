import { Fragment } from 'preact';
import type { Assessment } from '../../machines/assessment';
import type { WizardWords } from '../../i18n/wizard-words';
import { criterionGroups } from './criterionGroups';
import { criterionHeadingId, goToCriterion } from './criterionHeading';
import { StatusTag } from './StatusTag';

/** The result at a glance: each criterion's name and status, by group, linking to its explanation below. */
export function ResultSummary({ assessment, words }: { assessment: Assessment; words: WizardWords }) {
  return (
    <nav class="result-summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" class="result-summary__heading">
        {words.result.summaryHeading}
      </h3>
      {criterionGroups(words).map(({ list, heading }) => (
        <Fragment key={list}>
          <p class="result-summary__group">{heading}</p>
          <ul class="result-summary__list">
            {assessment[list].map(({ id, kind, status, explanationKey }) => (
              <li key={id} class={`result-summary__item result-summary__item--${status}`}>
                <a href={`#${criterionHeadingId(id)}`} onClick={goToCriterion}>
                  {words.criteria[explanationKey].name}
                </a>{' '}
                <StatusTag status={status} kind={kind} words={words} />
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </nav>
  );
}
