import type { Assessment } from '../../machines/assessment';
import type { WizardWords } from '../../i18n/wizard-words';

/**
 * On the printed result only: a box for the decisions the founders have still to make, with each
 * criterion still waiting for one as a question, and lines to write on at the table.
 */
export function OpenDecisions({ assessment, words }: { assessment: Assessment; words: WizardWords }) {
  const { openDecisions } = words.together;
  const open = [...assessment.legal, ...assessment.core, ...assessment.characteristics]
    .filter((criterion) => criterion.status === 'unclear')
    .map((criterion) => words.criteria[criterion.explanationKey].toDecide)
    .filter((question) => question !== undefined);
  return (
    <section class="open-decisions print-only" aria-labelledby="open-decisions-heading">
      <h2 id="open-decisions-heading">{openDecisions.heading}</h2>
      <p>{openDecisions.intro}</p>
      {open.length > 0 && (
        <ul>
          {open.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      )}
      <div class="open-decisions__lines" aria-hidden="true" />
    </section>
  );
}
