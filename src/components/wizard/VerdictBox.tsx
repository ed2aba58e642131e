import type { Assessment } from '../../machines/assessment';
import type { WizardWords } from '../../i18n/wizard-words';
import { pluralText } from './plural';
import { ResultSummary } from './ResultSummary';

interface Props {
  assessment: Assessment;
  words: WizardWords;
  /** BCP 47 tag for numbers ("tr-TR"). */
  locale: string;
}

/**
 * The verdict's box (`data-verdict`). A founding prerequisite that is not met comes first, above the
 * verdict and the summary, each named with what it means for founding (shared/spec/wizard.md): no
 * heading that says the plan matches stands above it, and nothing below says that founding is open.
 */
export function VerdictBox({ assessment, words, locale }: Props) {
  const { result } = words;
  const verdict = result.verdicts[assessment.verdict];
  const unmet = assessment.legal.filter((criterion) => criterion.status === 'not-met');
  return (
    <section
      class={`verdict verdict--${assessment.verdict}`}
      data-verdict={assessment.verdict}
      aria-labelledby="verdict-heading"
    >
      {unmet.length > 0 && (
        <div class="verdict__prerequisites" data-prerequisites-unmet={unmet.length}>
          <h2 id="prerequisites-unmet-heading">{pluralText(result.prerequisitesUnmet, unmet.length, locale)}</h2>
          <ul>
            {unmet.map(({ id, explanationKey }) => (
              <li key={id} data-prerequisite={id}>
                <strong>{words.criteria[explanationKey].name}:</strong> {words.criteria[explanationKey].notMet}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2 id="verdict-heading">{verdict.heading}</h2>
      <ResultSummary assessment={assessment} words={words} />
      {verdict.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {assessment.verdict === 'does-not-match' && unmet.length === 0 && <p>{result.notAFoundingCondition}</p>}
      <p>{result.notLegalDecision}</p>
    </section>
  );
}
