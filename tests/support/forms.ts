import { NONE, type AnswerKey, type PartialAnswers } from '../../src/machines/answers';
import { getQuestion, type QuestionId } from '../../src/machines/questions';
import type { FormValues } from '../../src/machines/validation';

/** What a page's inputs give for these answers: numbers as text, lists as checked boxes. */
export function formFor(question: QuestionId, answers: PartialAnswers): FormValues {
  const form: Record<string, string | string[]> = {};
  for (const key of getQuestion(question).keys as readonly AnswerKey[]) {
    const value = answers[key];
    if (value === undefined) continue;
    form[key] = typeof value === 'object' ? (value.length > 0 ? [...value] : [NONE]) : String(value);
  }
  return form as FormValues;
}
