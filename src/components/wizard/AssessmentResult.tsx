import type { Answers } from '../../machines/answers';
import { assess } from '../../machines/assessment';
import type { CriterionSection } from '../../machines/criteria';
import type { WizardWords } from '../../i18n/wizard-words';
import { criterionGroups } from './criterionGroups';
import { CriterionBlock } from './CriterionBlock';
import { ResultActions } from './ResultActions';
import { ResultRecord } from './ResultRecord';
import { OpenDecisions } from './OpenDecisions';
import { VerdictBox } from './VerdictBox';

export interface AssessmentResultProps {
  answers: Answers;
  words: WizardWords;
  locale: string;
  wizardPath: string;
  /** The page that compares two result links, in this language. */
  comparePath: string;
  /** Each explainer section's address in the page's language, by its published id (src/i18n/anchors.ts). */
  sections: Readonly<Record<CriterionSection, string>>;
  /** The address of each next step's link (`words.result.next`) in this language. */
  nextLinks: readonly (string | undefined)[];
  sources: readonly { title: string; url: string }[];
  onDelete: () => void;
}

/** A complete link's result: the verdict's box, every criterion by group, next steps, actions, the record. */
export function AssessmentResult({
  answers,
  words,
  locale,
  wizardPath,
  comparePath,
  sections,
  nextLinks,
  sources,
  onDelete,
}: AssessmentResultProps) {
  const { result } = words;
  const assessment = assess(answers);
  const link = location.href;
  return (
    <>
      <VerdictBox assessment={assessment} words={words} locale={locale} />

      {criterionGroups(words).map(({ list, heading, intro }) => (
        <section key={list} class="criteria" aria-labelledby={`${list}-heading`}>
          <h2 id={`${list}-heading`}>{heading}</h2>
          <p>{intro}</p>
          {assessment[list].map((criterion) => (
            <CriterionBlock
              key={criterion.id}
              criterion={criterion}
              answers={answers}
              words={words}
              locale={locale}
              sections={sections}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{result.nextHeading}</h2>
        {result.next.map(({ text, link: next }, index) => (
          <p key={text}>
            {text} {next && <a href={nextLinks[index]}>{next.label}</a>}
          </p>
        ))}
      </section>

      <OpenDecisions assessment={assessment} words={words} />
      <ResultActions
        answers={answers}
        words={words}
        wizardPath={wizardPath}
        link={link}
        comparePath={comparePath}
        onDelete={onDelete}
      />
      <ResultRecord words={words} locale={locale} link={link} sources={sources} />
    </>
  );
}
