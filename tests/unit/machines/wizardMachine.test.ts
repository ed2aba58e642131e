import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { Answers, PartialAnswers } from '../../../src/machines/answers';
import { encodeAnswers } from '../../../src/machines/codec';
import {
  QUESTIONS,
  QUESTION_IDS,
  questionProgress,
  type QuestionId,
  type StepId,
} from '../../../src/machines/questions';
import { crossFieldErrors, toFormValues, type FormValues } from '../../../src/machines/validation';
import {
  currentQuestionId,
  currentView,
  invalidatedOnScreen,
  wizardMachine,
  type RestoreSource,
  emptyContext,
  type WizardView,
} from '../../../src/machines/wizardMachine';
import { MATCHING_PLAN, planWith } from '../../support/plans';
import { validPartialAnswers } from './support/arbitraries';

type Wizard = Actor<typeof wizardMachine>;

const FIRST = QUESTION_IDS[0]!;

/** The wizard on its start page, as the page opens it. */
function opened(): Wizard {
  return createActor(wizardMachine).start();
}

/** The wizard at its first question. */
function start(): Wizard {
  const wizard = opened();
  wizard.send({ type: 'START' });
  return wizard;
}

const stepOf = (wizard: Wizard) => currentView(wizard.getSnapshot());
const contextOf = (wizard: Wizard) => wizard.getSnapshot().context;

function answer(wizard: Wizard, values: FormValues): void {
  wizard.send({ type: 'ANSWER', values });
}

/** Answers the page on screen from `plan`. */
function answerFrom(wizard: Wizard, plan: PartialAnswers): void {
  const question = currentQuestionId(wizard.getSnapshot());
  if (!question) throw new Error(`no question on screen at ${stepOf(wizard)}`);
  answer(wizard, toFormValues(question, plan));
}

function atCheck(plan: Answers = MATCHING_PLAN): Wizard {
  const wizard = start();
  for (const _ of QUESTIONS) answerFrom(wizard, plan);
  expect(stepOf(wizard)).toBe('check');
  return wizard;
}

function restored(answers: PartialAnswers, step?: StepId, from: RestoreSource = 'link'): Wizard {
  return restoredFrom(encodeAnswers(answers, step), from);
}

function restoredFrom(fragment: string, from: RestoreSource = 'link'): Wizard {
  const wizard = opened();
  wizard.send({ type: 'RESTORE', fragment, from });
  return wizard;
}

/** The matching plan up to, not including, `question`. */
function answersBefore(question: QuestionId): PartialAnswers {
  const asked = QUESTIONS.slice(0, QUESTION_IDS.indexOf(question)).flatMap(({ keys }) => keys);
  return Object.fromEntries(asked.map((key) => [key, MATCHING_PLAN[key]]));
}

describe('wizardMachine', () => {
  describe('the start page', () => {
    it('is where the wizard opens, with nothing answered', () => {
      const wizard = opened();
      expect(stepOf(wizard)).toBe('intro');
      expect(contextOf(wizard)).toEqual(emptyContext);
    });

    it('leads to the first question with START, and ignores BACK', () => {
      const wizard = opened();
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('intro');
      wizard.send({ type: 'START' });
      expect(stepOf(wizard)).toBe(FIRST);
    });

    it('is where BACK from the first question goes, keeping the answers for the next START', () => {
      const wizard = start();
      answerFrom(wizard, MATCHING_PLAN);
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe(FIRST);
      wizard.send({ type: 'BACK' });
      expect(stepOf(wizard)).toBe('intro');
      expect(contextOf(wizard).answers).toEqual(answersBefore(QUESTION_IDS[1]!));
      wizard.send({ type: 'START' });
      expect(stepOf(wizard)).toBe(FIRST);
      expect(contextOf(wizard).answers).toEqual(answersBefore(QUESTION_IDS[1]!));
    });
  });

  it('asks the questions in order, then shows the check page', () => {
    const wizard = start();
    const seen: WizardView[] = [];
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
    expect(stepOf(wizard)).toBe(FIRST);
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
        ...emptyContext,
        answers: kept,
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

  const somewhere = [
    ['the check page', atCheck],
    ['a question', () => restored(answersBefore('board'), 'board')],
    ['a question with a notice', () => restored(answersBefore('board'), 'board', 'saved')],
  ] as const;

  it.each(somewhere)('starts again from %s with nothing kept', (_, from) => {
    const wizard = from();
    wizard.send({ type: 'START_AGAIN' });
    expect(stepOf(wizard)).toBe(FIRST);
    expect(contextOf(wizard)).toEqual(emptyContext);
  });

  it.each(somewhere)('deletes the answers from %s, back on the start page, and says so', (_, from) => {
    const wizard = from();
    wizard.send({ type: 'DELETE' });
    expect(stepOf(wizard)).toBe('intro');
    expect(contextOf(wizard)).toEqual({ ...emptyContext, notice: { kind: 'deleted' } });
    wizard.send({ type: 'START' });
    expect(contextOf(wizard)).toEqual(emptyContext);
  });

  describe('"Bu cihazda saklamayın": keeping nothing on this device', () => {
    it('keeps the answers by default, and the start page can say not to', () => {
      const wizard = opened();
      expect(contextOf(wizard).keepOnDevice).toBe(true);
      wizard.send({ type: 'KEEP_ON_DEVICE', keep: false });
      expect(contextOf(wizard).keepOnDevice).toBe(false);
      wizard.send({ type: 'KEEP_ON_DEVICE', keep: true });
      expect(contextOf(wizard).keepOnDevice).toBe(true);
    });

    it('is chosen at the start only: a question ignores it', () => {
      const wizard = start();
      wizard.send({ type: 'KEEP_ON_DEVICE', keep: false });
      expect(contextOf(wizard).keepOnDevice).toBe(true);
    });

    it.each([
      ['starting again', { type: 'START_AGAIN' }],
      ['deleting', { type: 'DELETE' }],
      ['a link without the mark', { type: 'RESTORE', fragment: encodeAnswers(MATCHING_PLAN), from: 'link' }],
      ['back to the start page', { type: 'RESTORE', fragment: '', from: 'history' }],
    ] as const)('stays off after %s', (_, event) => {
      const wizard = opened();
      wizard.send({ type: 'KEEP_ON_DEVICE', keep: false });
      wizard.send({ type: 'START' });
      answerFrom(wizard, MATCHING_PLAN);
      wizard.send(event);
      expect(contextOf(wizard).keepOnDevice).toBe(false);
    });

    it.each(['link', 'history'] as const)(
      'is read from a %s marked keep=no, with the same answers and step',
      (from) => {
        const wizard = restoredFrom(`${encodeAnswers(answersBefore('board'), 'board')}&keep=no`, from);
        expect(stepOf(wizard)).toBe('board');
        expect(contextOf(wizard)).toEqual({ ...emptyContext, answers: answersBefore('board'), keepOnDevice: false });
      },
    );
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
      expect(contextOf(wizard)).toEqual({ ...emptyContext, answers });
    });

    it('replaces what was there, errors and all', () => {
      const wizard = atCheck();
      wizard.send({ type: 'CHANGE', question: 'focus' });
      answer(wizard, { focus: 'x' });
      wizard.send({ type: 'RESTORE', fragment: encodeAnswers({ focus: 'other' }), from: 'link' });
      expect(stepOf(wizard)).toBe('publicBenefit');
      expect(contextOf(wizard)).toEqual({ ...emptyContext, answers: { focus: 'other' } });
    });

    it('brings back saved answers and says so', () => {
      const wizard = restored(answersBefore('members'), 'members', 'saved');
      expect(stepOf(wizard)).toBe('members');
      expect(contextOf(wizard)).toEqual({
        ...emptyContext,
        answers: answersBefore('members'),
        notice: { kind: 'resumed' },
      });
    });

    it.each(['members=%%%&focus=<b>', 'v=2&focus=both', 'members=5&workerMembers=6'])(
      'drops saved answers it cannot read (%s): the start page, saying so',
      (fragment) => {
        const wizard = restoredFrom(fragment, 'saved');
        expect(stepOf(wizard)).toBe('intro');
        expect(contextOf(wizard)).toEqual({ ...emptyContext, notice: { kind: 'corrupt' } });
      },
    );

    it('keeps the readable answers of a link, never an impossible count, and names the rest', () => {
      const wizard = restoredFrom('v=1&focus=both&publicBenefit=maybe&members=5&workerMembers=6&step=board');
      expect(stepOf(wizard)).toBe('publicBenefit');
      expect(contextOf(wizard)).toEqual({
        ...emptyContext,
        answers: { focus: 'both', members: 5 },
        notice: {
          kind: 'unreadable-link',
          errors: [
            { key: 'publicBenefit', reason: 'unknown-value' },
            { key: 'workerMembers', reason: 'more-than-members' },
          ],
        },
      });
    });

    it('keeps nothing of a link made under other rules', () => {
      const wizard = restoredFrom('v=2&focus=both');
      expect(stepOf(wizard)).toBe(FIRST);
      expect(contextOf(wizard)).toMatchObject({
        answers: {},
        notice: { kind: 'unreadable-link', errors: [{ key: 'v', reason: 'unknown-version' }] },
      });
    });

    it('keeps the answers given since over a history entry, less any that no longer fit', () => {
      const wizard = atCheck(); // 9 members, a board of 3
      wizard.send({ type: 'CHANGE', question: 'members' });
      answer(wizard, { members: '2', workerMembers: '2' });
      const older = encodeAnswers(planWith({ focus: 'other' }), 'focus');
      wizard.send({ type: 'RESTORE', fragment: older, from: 'history' });
      expect(stepOf(wizard)).toBe('focus');
      const { board: _removed, ...kept } = planWith({ members: 2, workerMembers: 2 });
      expect(contextOf(wizard).answers).toEqual(kept);
    });

    it('reads a link as it stands, whatever was answered before', () => {
      const wizard = atCheck();
      wizard.send({ type: 'RESTORE', fragment: encodeAnswers({ focus: 'other' }, 'focus'), from: 'link' });
      expect(contextOf(wizard).answers).toEqual({ focus: 'other' });
    });

    it('shows the start page for an empty fragment, keeping the answers', () => {
      const wizard = restored(answersBefore('board'), 'board', 'saved');
      wizard.send({ type: 'RESTORE', fragment: '', from: 'history' });
      expect(stepOf(wizard)).toBe('intro');
      expect(contextOf(wizard)).toEqual({ ...emptyContext, answers: answersBefore('board') });
    });

    it('never holds answers that do not fit each other, whatever the fragment', () => {
      const fragment = fc.oneof(
        fc.string(),
        fc
          .tuple(validPartialAnswers, validPartialAnswers)
          .map(([one, two]) => `${encodeAnswers(one)}&${encodeAnswers(two).slice(4)}`),
      );
      fc.assert(
        fc.property(
          fragment,
          validPartialAnswers,
          fc.constantFrom<RestoreSource>('link', 'history', 'saved'),
          (text, given, from) => {
            const wizard = restored(given);
            wizard.send({ type: 'RESTORE', fragment: text, from });
            expect(crossFieldErrors(contextOf(wizard).answers)).toEqual([]);
          },
        ),
      );
    });
  });

  describe('CONFIRM', () => {
    it('ends the wizard from the check page, showing the result of the answers', () => {
      const showResult = vi.fn();
      const wizard = createActor(wizardMachine.provide({ actions: { showResult } })).start();
      wizard.send({ type: 'RESTORE', fragment: encodeAnswers(MATCHING_PLAN), from: 'link' });
      wizard.send({ type: 'CONFIRM' });
      expect(showResult).toHaveBeenCalledOnce();
      expect(showResult.mock.calls[0]![0].context.answers).toEqual(MATCHING_PLAN);
      expect(wizard.getSnapshot().status).toBe('done');
      expect(stepOf(wizard)).toBe('done');
      expect(currentQuestionId(wizard.getSnapshot())).toBeUndefined();
      expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
    });

    it('does nothing on a question', () => {
      const wizard = start();
      wizard.send({ type: 'CONFIRM' });
      expect(stepOf(wizard)).toBe(FIRST);
    });
  });

  it('ignores an answer on the check page', () => {
    const wizard = atCheck();
    answer(wizard, { focus: 'other' });
    expect(stepOf(wizard)).toBe('check');
    expect(contextOf(wizard).answers).toEqual(MATCHING_PLAN);
  });

  it('names the question on screen, its place, and its answers that a change removed', () => {
    const wizard = restored(answersBefore('surplus'));
    const question = currentQuestionId(wizard.getSnapshot());
    expect(question).toBe('surplus');
    expect(question && questionProgress(question)).toEqual({
      number: QUESTION_IDS.indexOf('surplus') + 1,
      total: QUESTIONS.length,
    });
    expect(currentQuestionId(atCheck().getSnapshot())).toBeUndefined();

    const changed = atCheck();
    changed.send({ type: 'CHANGE', question: 'members' });
    answer(changed, { members: '2', workerMembers: '2' });
    expect(invalidatedOnScreen(changed.getSnapshot())).toEqual([{ key: 'board', reason: 'more-than-members' }]);
    changed.send({ type: 'BACK' });
    expect(invalidatedOnScreen(changed.getSnapshot())).toEqual([]);
  });
});
