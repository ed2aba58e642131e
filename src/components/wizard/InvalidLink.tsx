import type { LinkError } from '../../machines/codec';
import { encodeAnswers } from '../../machines/codec';
import { QUESTIONS } from '../../machines/questions';
import { salvageAnswers } from '../../machines/salvage';
import type { WizardWords } from '../../i18n/wizard-words';
import { linkErrorText } from './answerText';

interface Props {
  /** The link's fragment, without `#`. */
  fragment: string;
  errors: readonly LinkError[];
  words: WizardWords;
  wizardPath: string;
}

/**
 * A link with refused values: names each bad key (never its value), then offers to go on in the
 * wizard with the link's readable answers, or to start afresh. Both carry a fragment, so the wizard
 * reads the link and never answers saved earlier in this browser in its place; given the link as it
 * stands, the wizard keeps what it can read, says what it left out, and asks that again.
 */
export function InvalidLink({ fragment, errors, words, wizardPath }: Props) {
  const { invalid } = words.result;
  const canGoOn = Object.keys(salvageAnswers(fragment)).length > 0;
  return (
    <section class="verdict verdict--invalid" data-verdict="invalid" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{invalid.heading}</h2>
      <p>{invalid.body}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.key}>{linkErrorText(error, words)}</li>
        ))}
      </ul>
      {canGoOn && <p>{invalid.continueHint}</p>}
      <div class="button-group">
        {canGoOn && (
          <a class="button" href={`${wizardPath}#${fragment}`}>
            {invalid.continue}
          </a>
        )}
        <a
          class={canGoOn ? 'button button--secondary' : 'button'}
          href={`${wizardPath}#${encodeAnswers({}, QUESTIONS[0].id)}`}
        >
          {invalid.startAgain}
        </a>
      </div>
    </section>
  );
}
