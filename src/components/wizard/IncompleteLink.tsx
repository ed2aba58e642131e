import type { PartialAnswers, AnswerKey } from '../../machines/answers';
import { encodeAnswers } from '../../machines/codec';
import { firstUnanswered } from '../../machines/questions';
import type { WizardWords } from '../../i18n/wizard-words';
import { answerName } from './answerText';

interface Props {
  answers: PartialAnswers;
  /** The keys the link lacks, in canonical order. */
  missing: readonly AnswerKey[];
  words: WizardWords;
  wizardPath: string;
}

/** A link with answers missing: says which, and goes on in the wizard at the first of them, the rest kept. */
export function IncompleteLink({ answers, missing, words, wizardPath }: Props) {
  const { incomplete } = words.result;
  return (
    <section class="verdict verdict--incomplete" data-verdict="incomplete" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{incomplete.heading}</h2>
      <p>{incomplete.body}</p>
      <p>{incomplete.missingLabel}</p>
      <ul>
        {missing.map((key) => (
          <li key={key}>{answerName(key, words)}</li>
        ))}
      </ul>
      <a class="button" href={`${wizardPath}#${encodeAnswers(answers, firstUnanswered(answers))}`}>
        {incomplete.continue}
      </a>
    </section>
  );
}
