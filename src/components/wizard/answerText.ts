import {
  ANSWER_FIELDS,
  type AnswerKey,
  type ChoiceKey,
  type ListKey,
  type NumberKey,
  type PartialAnswers,
  NONE,
} from '../../machines/answers';
import type { FieldError } from '../../machines/validation';
import type { LinkError } from '../../machines/codec';
import type { WizardIslandWords } from './islandWords';

/**
 * Turns the core's ids and codes into the reader's words. Pure: the island and the result page call
 * it; tests/unit/components/answerText.test.ts tests it.
 */

const isNumberKey = (key: AnswerKey): key is NumberKey => ANSWER_FIELDS[key].kind === 'number';

/** What the check page and the result call an answer ("Kurucu ortak sayısı"). */
export function answerName(key: AnswerKey, words: WizardIslandWords): string {
  return isNumberKey(key) ? words.numbers[key].summary : words.questions[key as ChoiceKey | ListKey].summary;
}

/** An answer in words: a choice's label, a list's labels, a count as the locale writes it. */
export function answerText(key: AnswerKey, answers: PartialAnswers, words: WizardIslandWords, locale: string): string {
  const value = answers[key];
  if (value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString(locale);
  const options = words.questions[key as ChoiceKey | ListKey].options;
  if (typeof value === 'string') return options[value]?.label ?? value;
  return value.length === 0
    ? (options[NONE]?.label ?? words.check.noneChosen)
    : value.map((item) => options[item]?.label ?? item).join(`${words.listComma} `);
}

/** The message for a refused value on a question page, beside the field and in the error summary. */
export function errorMessage({ key, reason }: FieldError, words: WizardIslandWords): string {
  const messages = isNumberKey(key) ? words.numbers[key].errors : words.questions[key as ChoiceKey | ListKey].errors;
  return messages[reason] ?? messages.required ?? reason;
}

/** A refused value of a link, in plain words: "Ortak sayısı: bir tam sayı olmalı". */
export function linkErrorText({ key, reason }: LinkError, words: WizardIslandWords): string {
  return `${words.keyNames[key]}: ${words.result.linkReasons[reason]}`;
}
