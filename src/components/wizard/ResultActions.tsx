import { useState } from 'preact/hooks';
import type { Answers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/codec';
import { CHECK_STEP, QUESTIONS } from '../../machines/questions';
import type { WizardWords } from '../../i18n/wizard-words';
import { keepsNothing, withKeepChoice, withoutKeepMark } from '../../machines/keepOnDevice';
import { ShareResult } from './ShareResult';

interface Props {
  answers: Answers;
  words: WizardWords;
  wizardPath: string;
  /** The address that reopens this result. */
  link: string;
  /** The compare page in this language. */
  comparePath: string;
  onDelete: () => void;
}

/**
 * What the reader can do with the result: copy its link, print it, change an answer, start again,
 * delete the answers. Beside print and copy, one line says that the result names the groups that
 * will work in the cooperative, founders included (shared/domain/facts.md, privacy).
 */
export function ResultActions({ answers, words, wizardPath, link, comparePath, onDelete }: Props) {
  const { result } = words;
  const [copyStatus, setCopyStatus] = useState('');
  const address = new URL(link);
  // A founder who keeps nothing on this device keeps that choice in the wizard; others get the answers only.
  const keepOnDevice = !keepsNothing(address.hash);
  address.hash = withoutKeepMark(address.hash);
  const wizardAt = (fragment: string) => `${wizardPath}#${withKeepChoice(fragment, keepOnDevice)}`;
  return (
    <>
      <ShareResult words={words} link={address.href} comparePath={comparePath} />
      <section class="result__actions no-print" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{result.actionsHeading}</h2>
        <p class="result__share-note">{result.shareNote}</p>
        {!keepOnDevice && <p class="notice">{words.together.keep.addressOnly}</p>}
        <div class="button-group">
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              navigator.clipboard.writeText(address.href).then(
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
          <a class="button button--secondary" href={wizardAt(encodeAnswers(answers, CHECK_STEP))}>
            {result.changeAnswers}
          </a>
          <a class="button button--secondary" href={wizardAt(encodeAnswers({}, QUESTIONS[0].id))}>
            {result.startAgain}
          </a>
          <button type="button" class="button button--warning" onClick={onDelete}>
            {result.deleteAnswers}
          </button>
        </div>
        <p role="status">{copyStatus}</p>
      </section>
    </>
  );
}
