import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, ANSWER_KEYS } from '../../../src/machines/answers';
import {
  CHECK_STEP,
  QUESTIONS,
  QUESTION_IDS,
  STEP_IDS,
  getQuestion,
  isQuestionId,
  isStepId,
  questionIndex,
  questionOf,
  questionProgress,
} from '../../../src/machines/questions';

describe('questions', () => {
  it('asks eleven questions in the agreed order', () => {
    expect(QUESTIONS.map((question) => question.keys)).toEqual([
      ['focus'],
      ['publicBenefit'],
      ['surplus'],
      ['governance'],
      ['members', 'workerMembers'],
      ['board', 'workerBoard'],
      ['stakeholders'],
      ['disadvantaged'],
      ['flexibleMembership'],
      ['simpleEntryExit'],
      ['innovation'],
    ]);
  });

  it('asks every answer key exactly once, in canonical order', () => {
    expect(QUESTIONS.flatMap((question) => question.keys)).toEqual(ANSWER_KEYS);
  });

  it.each(QUESTIONS)('names question $id after its first key', (question) => {
    expect(question.id).toBe(question.keys[0]);
  });

  it('uses ids that a URL fragment carries unescaped', () => {
    for (const id of STEP_IDS) expect(id).toMatch(/^[A-Za-z]+$/);
  });

  // The wizard asks again a count that a change made impossible: it must come after the change.
  const partCounts = ANSWER_KEYS.flatMap((key) => {
    const field = ANSWER_FIELDS[key];
    return 'atMost' in field ? [[key, field.atMost] as const] : [];
  });

  it.each(partCounts)('asks %s no earlier than %s, the count it is part of', (key, limit) => {
    expect(questionIndex(questionOf(key).id)).toBeGreaterThanOrEqual(questionIndex(questionOf(limit).id));
  });

  it.each([
    ['focus', 1],
    ['surplus', 3],
    ['members', 5],
    ['board', 6],
    ['innovation', 11],
  ] as const)('shows %s as question %i of 11', (id, number) => {
    expect(questionProgress(id)).toEqual({ number, total: 11 });
  });

  it.each([
    ['workerMembers', 'members'],
    ['workerBoard', 'board'],
    ['innovation', 'innovation'],
  ] as const)('asks %s on the %s page', (key, id) => {
    expect(questionOf(key).id).toBe(id);
    expect(getQuestion(id).keys).toContain(key);
  });

  it('has the check page as the last step', () => {
    expect(STEP_IDS).toEqual([...QUESTION_IDS, 'check']);
  });

  it.each([
    ['board', true, true],
    ['check', true, false],
    ['workerBoard', false, false],
    ['done', false, false],
    ['Board', false, false],
    ['__proto__', false, false],
    ['', false, false],
  ])('%j: step %s, question %s', (name, step, question) => {
    expect(isStepId(name)).toBe(step);
    expect(isQuestionId(name)).toBe(question);
  });

  it('keeps the check step apart from the questions', () => {
    expect(QUESTION_IDS).not.toContain(CHECK_STEP);
  });
});
