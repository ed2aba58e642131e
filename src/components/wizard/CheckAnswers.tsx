import type { Ref } from 'preact';
import type { PartialAnswers } from '../../machines/answers';
import { QUESTIONS, type QuestionId } from '../../machines/questions';
import { encodeAnswers } from '../../machines/codec';
import type { WizardIslandWords } from './islandWords';
import { format } from '../../i18n/format';
import { answerName, answerText } from './answerText';

interface Props {
  words: WizardIslandWords;
  locale: string;
  answers: PartialAnswers;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (question: QuestionId) => void;
  onConfirm: () => void;
}

/** Every answer, each with a "Değiştir" link that goes to its question and then comes back here. */
export function CheckAnswers({ words, locale, answers, headingRef, onChange, onConfirm }: Props) {
  return (
    <div class="check">
      <h1 tabIndex={-1} ref={headingRef}>
        {words.check.title}
      </h1>
      <p>{words.check.description}</p>
      <dl class="summary-list">
        {QUESTIONS.flatMap((question) =>
          question.keys.map((key) => {
            const name = answerName(key, words);
            return (
              <div class="summary-list__row" key={key}>
                <dt class="summary-list__key">{name}</dt>
                <dd class="summary-list__value">{answerText(key, answers, words, locale)}</dd>
                <dd class="summary-list__actions">
                  <a
                    href={`#${encodeAnswers(answers, question.id)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onChange(question.id);
                    }}
                  >
                    {words.check.change}
                    <span class="visually-hidden">{format(words.check.changeHidden, { summary: name })}</span>
                  </a>
                </dd>
              </div>
            );
          }),
        )}
      </dl>
      <button type="button" class="button" onClick={onConfirm}>
        {words.check.confirm}
      </button>
    </div>
  );
}
