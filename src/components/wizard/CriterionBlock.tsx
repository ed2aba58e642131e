import type { Answers } from '../../machines/answers';
import type { CriterionResult } from '../../machines/assessment';
import type { CriterionSection } from '../../machines/criteria';
import type { WizardWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';
import { answerName, answerText } from './answerText';
import { criterionHeadingId } from './criterionHeading';
import { StatusTag } from './StatusTag';

interface Props {
  criterion: CriterionResult;
  answers: Answers;
  words: WizardWords;
  locale: string;
  /** Each explainer section's address in the page's language, by its published id. */
  sections: Readonly<Record<CriterionSection, string>>;
}

/**
 * One criterion (`data-criterion`, `data-status`): what it means for the plan, what the source says,
 * the answers it rests on, what could change or is still to decide, and a link to its section. A
 * founding prerequisite names its source (the law or the model articles); a criterion that counts
 * otherwise for this plan says why, in the text's own words.
 */
export function CriterionBlock({ criterion, answers, words, locale, sections }: Props) {
  const text = words.criteria[criterion.explanationKey];
  const { status, kind, source, exception } = criterion;
  const explanation = status === 'met' ? text.met : status === 'unclear' ? (text.unclear ?? text.notMet) : text.notMet;
  const headingId = criterionHeadingId(criterion.id);
  const exceptionWords = exception && words.result.exceptions[exception.id];
  const answerKeys = [...(exception?.answerKeys ?? []), ...criterion.answerKeys];
  return (
    <section
      class={`criterion criterion--${status}`}
      data-criterion={criterion.id}
      data-status={status}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} tabIndex={-1}>
        {text.name} <StatusTag status={status} kind={kind} words={words} />
      </h3>
      {source !== 'text' && <p class="criterion__source">{words.result.sourceNames[source]}</p>}
      <p>{explanation}</p>
      {exception && exceptionWords && (
        <div class="criterion__exception" data-exception={exception.id}>
          <p>{exceptionWords.lead}</p>
          <blockquote>
            <p>{exceptionWords.quote}</p>
          </blockquote>
          <p>{exceptionWords.consequence}</p>
          <p>
            <a href={sections[exception.section]}>{exceptionWords.link}</a>
          </p>
        </div>
      )}
      <dl class="criterion__details">
        <dt>{words.result.saysLabel}</dt>
        <dd>{text.says}</dd>
        <dt>{words.result.answeredLabel}</dt>
        <dd>
          {answerKeys.map((key) => (
            <span class="criterion__answer" key={key}>
              {answerName(key, words)}: {answerText(key, answers, words, locale)}
            </span>
          ))}
        </dd>
        {status === 'not-met' && (
          <>
            <dt>{words.result.couldChangeLabel}</dt>
            <dd>{text.couldChange}</dd>
          </>
        )}
        {status === 'unclear' && (
          <>
            <dt>{words.result.toDecideLabel}</dt>
            <dd>{text.toDecide ?? text.couldChange}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={sections[criterion.section]}>{format(words.result.readMore, { name: text.name })}</a>
      </p>
    </section>
  );
}
