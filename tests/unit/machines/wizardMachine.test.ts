import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { Answers, PartialAnswers } from '../../../src/machines/answers';
import {
  QUESTIONS,
  QUESTION_IDS,
  questionProgress,
  type QuestionId,
  type StepId,
} from '../../../src/machines/questions';
import type { FormValues } from '../../../src/machines/validation';
import { currentQuestionId, currentStep, wizardMachine } from '../../../src/machines/wizardMachine';
import { formFor } from '../../support/forms';
import { MATCHING_PLAN, planWith } from '../../support/plans';

type Wizard = Actor<typeof wizardMachine>;

function start(): Wizard {
  return createActor(wizardMachine).start();
}

const stepOf = (wizard: Wizard) => currentStep(wizard.getSnapshot());
const contextOf = (wizard: Wizard) => wizard.getSnapshot().context;

function answer(wizard: Wizard, values: FormValues): void {
  wizard.send({ type: 'ANSWER', values });
}

/** Answers the page on screen from `plan`. */
function answerFrom(wizard: Wizard, plan: PartialAnswers): void {
  const question = currentQuestionId(wizard.getSnapshot());
  if (!question) throw new Error(`no question on screen at ${stepOf(wizard)}`);
  answer(wizard, formFor(question, plan));
}

function atCheck(plan: Answers = MATCHING_PLAN): Wizard {
  const wizard = start();
  for (const _ of QUESTIONS) answerFrom(wizard, plan);
  expect(stepOf(wizard)).toBe('check');
  return wizard;
}

function restored(answers: PartialAnswers, step?: StepId): Wizard {
  const wizard = start();
  wizard.send({ type: 'RESTORE', answers, ...(step && { step }) });
  return wizard;
}

/** The matching plan up to, not including, `question`. */
function answersBefore(question: QuestionId): PartialAnswers {
  const asked = QUESTIONS.slice(0, QUESTION_IDS.indexOf(question)).flatMap(({ keys }) => keys);
  return Object.fromEntries(asked.map((key) => [key, MATCHING_PLAN[key]]));
}

describe('wizardMachine', () => {
  it('starts at the first question with nothing answered', () => {
    const wizard = start();
    expect(stepOf(wizard)).toBe('focus');
    expect(contextOf(wizard)).toEqual({ answers: {}, errors: [], returnTo: null, invalidated: [] });
  });

  it('asks the questions in order, then shows the check page', () => {
    const wizard = start();
    const seen: (StepId | 'done')[] = [];
    for (const _ of QUESTIONS) {
      seen.push(stepOf(wizard));
      answerFrom(wizard, MATCHING_PLAN);
    }
    expect(seen).toEqual(QUESTION_IDS);
    expect(stepOf(wizard)).toBe('check');
    expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
  });

  it('stays on a page with refused values, naming them, and clears them once it is answered', () => {
    const wizard = start();
    answerFrom(wizard, MATCHING_PLAN);
    answerFrom(wizard, MATCHING_PLAN);
    answerFrom(wizard, MATCHING_PLAN);
    answerFrom(wizard, MATCHING_PLAN);
    answer(wizard, { members: '8', workerMembers: '9' });
    expect(stepOf(wizard)).toBe('members');
    expect(contextOf(wizard).errors).toEqual([{ key: 'workerMembers', reason: 'more-than-members' }]);
    expect(contextOf(wizard).answers).toEqual(answersBefore('members'));
    answer(wizard, { members: '8', workerMembers: '5' });
    expect(stepOf(wizard)).toBe('board');
    expect(contextOf(wizard).errors).toEqual([]);
  });

  it.each([
    [{}, [{ key: 'focus', reason: 'required' }]],
    [{ focus: 'nonsense' }, [{ key: 'focus', reason: 'unknown-value' }]],
  ])('refuses %j on the first page', (values, errors) => {
    const wizard = start();
    answer(wizard, values);
    expect(stepOf(wizard)).toBe('focus');
    expect(contextOf(wizard).errors).toEqual(errors);
  });

  describe('BACK', () => {
    it('goes to the previous question, keeping the answers and dropping the errors', () => {
      const wizard = start();
      answerFrom(wizard, MATCHING_PLAN);
      answerFrom(wizard, MATCHING_PLAN);
      answer(wizard, {});
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('publicBenefit');
      expect(contextOf(wizard)).toMatchObject({ answers: answersBefore('surplus'), errors: [] });
    });

    it('does nothing at the first question', () => {
      const wizard = start();
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('focus');
    });

    it('goes from the check page to the last question, and on from there to the check page', () => {
      const wizard = atCheck();
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('innovation');
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('simpleEntryExit');
      answerFrom(wizard, MATCHING_PLAN);
      expect(stepOf(wizard)).toBe('innovation');
      answer(wizard, { innovation: 'not-sure' });
      expect(stepOf(wizard)).toBe('check');
      expect(contextOf(wizard).answers).toEqual(planWith({ innovation: 'not-sure' }));
    });
  });

  describe('CHANGE from the check page', () => {
    it.each(QUESTION_IDS)('goes to %s and, once answered, back to the check page', (question) => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question });
      expect(stepOf(wizard)).toBe(question);
      expect(contextOf(wizard).returnTo).toBe('check');
      answerFrom(wizard, MATCHING_PLAN);
      expect(stepOf(wizard)).toBe('check');
    });

    it('keeps every other answer', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'surplus' });
      answer(wizard, { surplus: 'undecided' });
      expect(contextOf(wizard).answers).toEqual(planWith({ surplus: 'undecided' }));
    });

    it('returns to the check page with BACK, changing nothing', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'governance' });
      answer(wizard, { governance: 'nonsense' });
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('check');
      expect(contextOf(wizard)).toMatchObject({ answers: MATCHING_PLAN, errors: [] });
    });

    it('refuses a count above another on the same page, and stays', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'members' });
      answer(wizard, { members: '5', workerMembers: '6' });
      expect(stepOf(wizard)).toBe('members');
      expect(contextOf(wizard).errors).toEqual([{ key: 'workerMembers', reason: 'more-than-members' }]);
      expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
    });

    it('ignores a question it does not know', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'workerBoard' as QuestionId });
      expect(stepOf(wizard)).toBe('check');
    });
  });

  describe('a change that makes another answer impossible', () => {
    function loweredMembers(): Wizard {
      const wizard = atCheck(); // 9 members, a board of 3 with 2 workers
      wizard.send({ type: 'CHANGE', question: 'members' });
      answer(wizard, { members: '2', workerMembers: '2' });
      return wizard;
    }

    it('asks that answer again, saying why, and keeps all the others', () => {
      const wizard = loweredMembers();
      expect(stepOf(wizard)).toBe('board');
      const { board: _removed, ...kept } = planWith({ members: 2, workerMembers: 2 });
      expect(contextOf(wizard)).toEqual({
        answers: kept,
        errors: [],
        returnTo: 'check',
        invalidated: [{ key: 'board', reason: 'more-than-members' }],
      });
    });

    it('returns to the check page once it is answered', () => {
      const wizard = loweredMembers();
      answer(wizard, { board: '2', workerBoard: '2' });
      expect(stepOf(wizard)).toBe('check');
      expect(contextOf(wizard)).toMatchObject({
        answers: planWith({ members: 2, workerMembers: 2, board: 2, workerBoard: 2 }),
        invalidated: [],
      });
    });

    it('still holds the board against the new members', () => {
      const wizard = loweredMembers();
      answer(wizard, { board: '3', workerBoard: '2' });
      expect(stepOf(wizard)).toBe('board');
      expect(contextOf(wizard).errors).toEqual([{ key: 'board', reason: 'more-than-members' }]);
    });

    it('lets the visitor go back to the change, and asks again until answered', () => {
      const wizard = loweredMembers();
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('members');
      answer(wizard, { members: '9', workerMembers: '6' });
      expect(stepOf(wizard)).toBe('board');
      expect(contextOf(wizard).invalidated).toEqual([{ key: 'board', reason: 'more-than-members' }]);
    });

    it('is asked next on the way forward too', () => {
      const wizard = atCheck();
      wizard.send({ type: 'BACK' });
      for (const _ of QUESTION_IDS.slice(QUESTION_IDS.indexOf('members') + 1)) wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('members');
      answer(wizard, { members: '2', workerMembers: '2' });
      expect(stepOf(wizard)).toBe('board');
      expect(contextOf(wizard).invalidated).toEqual([{ key: 'board', reason: 'more-than-members' }]);
      answer(wizard, { board: '1', workerBoard: '1' });
      expect(stepOf(wizard)).toBe('stakeholders');
      expect(contextOf(wizard).invalidated).toEqual([]);
    });

    it('is not made by a change that leaves the others possible', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'members' });
      answer(wizard, { members: '3', workerMembers: '2' });
      expect(stepOf(wizard)).toBe('check');
      expect(contextOf(wizard).invalidated).toEqual([]);
    });
  });

  it.each([
    ['the check page', atCheck],
    ['a question', () => restored(answersBefore('board'), 'board')],
  ])('starts again from %s with nothing kept', (_, from) => {
    const wizard = from();
    wizard.send({ type: 'START_AGAIN' });
    expect(stepOf(wizard)).toBe('focus');
    expect(contextOf(wizard)).toEqual({ answers: {}, errors: [], returnTo: null, invalidated: [] });
  });

  describe('RESTORE', () => {
    const complete = MATCHING_PLAN;
    const { publicBenefit: _hole, ...withHole } = MATCHING_PLAN;

    it.each([
      ['nothing', {}, undefined, 'focus'],
      ['answers up to members', answersBefore('members'), undefined, 'members'],
      ['answers up to members, at an earlier step', answersBefore('members'), 'surplus', 'surplus'],
      ['answers up to members, at that step', answersBefore('members'), 'members', 'members'],
      ['answers up to members, at a later step', answersBefore('members'), 'innovation', 'members'],
      ['answers up to members, at the check page', answersBefore('members'), 'check', 'members'],
      ['answers with a hole', withHole, undefined, 'publicBenefit'],
      ['answers with a hole, past it', withHole, 'innovation', 'publicBenefit'],
      ['every answer', complete, undefined, 'check'],
      ['every answer, at the check page', complete, 'check', 'check'],
      ['every answer, at a question', complete, 'board', 'board'],
    ] as [string, PartialAnswers, StepId | undefined, StepId][])('with %s shows %s', (_, answers, step, expected) => {
      const wizard = restored(answers, step);
      expect(stepOf(wizard)).toBe(expected);
      expect(contextOf(wizard)).toEqual({ answers, errors: [], returnTo: null, invalidated: [] });
    });

    it('replaces what was there, errors and all', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'focus' });
      answer(wizard, { focus: 'x' });
      wizard.send({ type: 'RESTORE', answers: { focus: 'other' } });
      expect(stepOf(wizard)).toBe('publicBenefit');
      expect(contextOf(wizard)).toEqual({ answers: { focus: 'other' }, errors: [], returnTo: null, invalidated: [] });
    });
  });

  describe('CONFIRM', () => {
    it('ends the wizard from the check page', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CONFIRM' });
      expect(wizard.getSnapshot().status).toBe('done');
      expect(stepOf(wizard)).toBe('done');
      expect(currentQuestionId(wizard.getSnapshot())).toBeUndefined();
      expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
    });

    it('does nothing on a question', () => {
      const wizard = start();
      wizard.send({ type: 'CONFIRM' });
      expect(stepOf(wizard)).toBe('focus');
    });
  });

  it('ignores an answer on the check page', () => {
    const wizard = atCheck();
    answer(wizard, { focus: 'other' });
    expect(stepOf(wizard)).toBe('check');
    expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
  });

  it('names the question on screen and its place', () => {
    const wizard = restored(answersBefore('surplus'));
    const question = currentQuestionId(wizard.getSnapshot());
    expect(question).toBe('surplus');
    expect(question && questionProgress(question)).toEqual({ number: 3, total: 11 });
    expect(currentQuestionId(atCheck().getSnapshot())).toBeUndefined();
  });

  it('resumes from a snapshot saved as JSON', () => {
    const wizard = atCheck();
    wizard.send({ type: 'CHANGE', question: 'members' });
    answer(wizard, { members: '2', workerMembers: '2' });
    const saved = JSON.parse(JSON.stringify(wizard.getPersistedSnapshot()));
    const resumed = createActor(wizardMachine, { snapshot: saved }).start();
    expect(resumed.getSnapshot().value).toBe('board');
    expect(resumed.getSnapshot().context).toEqual(contextOf(wizard));
    answer(resumed, { board: '2', workerBoard: '1' });
    expect(stepOf(resumed)).toBe('check');
  });
});
