import { useState } from 'preact/hooks';
import type { Answers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/codec';
import { CHECK_STEP, QUESTIONS } from '../../machines/questions';
import type { WizardWords } from '../../i18n/wizard-words';

interface Props {
  answers: Answers;
  words: WizardWords;
  wizardPath: string;
  /** The address that reopens this result. */
  link: string;
  onDelete: () => void;
}

/**
 * What the reader can do with the result: copy its link, print it, change an answer, start again,
 * delete the answers. Beside print and copy, one line says that the result names the groups that
 * will work in the cooperative, founders included (shared/domain/facts.md, privacy).
 */
export function ResultActions({ answers, words, wizardPath, link, onDelete }: Props) {
  const { result } = words;
  const [copyStatus, setCopyStatus] = useState('');
  return (
    <section class="result__actions no-print" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{result.actionsHeading}</h2>
      <p class="result__share-note">{result.shareNote}</p>
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            navigator.clipboard.writeText(link).then(
              () => setCopyStatus(result.copied),
              () => setCopyStatus(result.copyFailed),
            )
          }
        >
          {result.copyLink}
        </button>
        <button type="button" class="button button--secondary" onClick={() => print()}>
          {result.print}
        </button>
        <a class="button button--secondary" href={`${wizardPath}#${encodeAnswers(answers, CHECK_STEP)}`}>
          {result.changeAnswers}
        </a>
        <a class="button button--secondary" href={`${wizardPath}#${encodeAnswers({}, QUESTIONS[0].id)}`}>
          {result.startAgain}
        </a>
        <button type="button" class="button button--warning" onClick={onDelete}>
          {result.deleteAnswers}
        </button>
      </div>
      <p role="status">{copyStatus}</p>
    </section>
  );
}
