import { createTestModel, getShortestPaths, getSimplePaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { isComplete, type AnswerKey, type PartialAnswers } from '../../../src/machines/answers';
import { assess, type Verdict } from '../../../src/machines/assessment';
import { QUESTIONS, QUESTION_IDS, getQuestion, questionIndex, type QuestionId } from '../../../src/machines/questions';
import type { FormValues } from '../../../src/machines/validation';
import {
  currentQuestionId,
  wizardMachine,
  type WizardEvent,
  type WizardSnapshot,
} from '../../../src/machines/wizardMachine';
import { formFor } from '../../support/forms';
import { MATCHING_PLAN } from '../../support/plans';
import { specVerdict } from './support/spec-reading';

/**
 * Model-based tests: @xstate/graph walks the machine with a small, representative set of events
 * in each state, and the answers at the end of every path are checked against an oracle that
 * replays the path's events by the contract's rules.
 */

type Outcome = PartialAnswers | 'refused';

/** Every ANSWER event the walks supply, with the answers it gives when the contract accepts it. */
const outcomes = new Map<WizardEvent, Outcome>();

/** The page's answers from each plan, as events. */
function answers(question: QuestionId, ...plans: PartialAnswers[]): WizardEvent[] {
  const keys: readonly AnswerKey[] = getQuestion(question).keys;
  return plans.map((plan) => {
    const event: WizardEvent = { type: 'ANSWER', values: formFor(question, plan) };
    outcomes.set(event, Object.fromEntries(keys.map((key) => [key, plan[key]])));
    return event;
  });
}

function refused(values: FormValues): WizardEvent {
  const event: WizardEvent = { type: 'ANSWER', values };
  outcomes.set(event, 'refused');
  return event;
}

const BACK: WizardEvent = { type: 'BACK' };
const CONFIRM: WizardEvent = { type: 'CONFIRM' };
const CHANGE_MEMBERS: WizardEvent = { type: 'CHANGE', question: 'members' };
const START_AGAIN: WizardEvent = { type: 'START_AGAIN' };
const RESTORE_SOME: WizardEvent = {
  type: 'RESTORE',
  answers: { focus: 'both', publicBenefit: 'yes' },
  step: 'surplus',
};
const RESTORE_ALL: WizardEvent = { type: 'RESTORE', answers: MATCHING_PLAN };

const fits = (part?: number, whole?: number) => part === undefined || whole === undefined || part <= whole;

/** The answers the contract expects after these events. */
function oracle(events: readonly WizardEvent[]): PartialAnswers {
  let current: PartialAnswers = {};
  for (const event of events) {
    if (event.type === 'START_AGAIN') current = {};
    if (event.type === 'RESTORE') current = event.answers;
    if (event.type !== 'ANSWER') continue;
    const outcome = outcomes.get(event);
    if (outcome === undefined) throw new Error('an answer the walk did not supply');
    if (outcome === 'refused') continue;
    const next: PartialAnswers = { ...current, ...outcome };
    // A page's counts must fit each other and the members given earlier...
    if ('workerMembers' in outcome && !fits(next.workerMembers, next.members)) continue;
    if ('board' in outcome && !(fits(next.board, next.members) && fits(next.workerBoard, next.board))) continue;
    // ...but lowering the members below the board removes the board, and only it.
    const { board, ...rest } = next;
    current = fits(board, next.members) ? next : rest;
  }
  return current;
}

function eventsOf(path: { steps: readonly { event: { type: string } }[] }): WizardEvent[] {
  return path.steps.map((step) => step.event).filter((event): event is WizardEvent => event.type !== 'xstate.init');
}

/** Checks a path to the result; gives its verdict. */
function checkResult(path: { state: WizardSnapshot; steps: readonly { event: { type: string } }[] }): Verdict {
  const { answers: given } = path.state.context;
  expect(given).toEqual(oracle(eventsOf(path)));
  if (!isComplete(given)) throw new Error('a result without every answer');
  const { verdict } = assess(given);
  expect(verdict).toBe(specVerdict(given));
  return verdict;
}

function countVerdicts(verdicts: Verdict[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const verdict of verdicts) counts[verdict] = (counts[verdict] ?? 0) + 1;
  return counts;
}

const ALL_VERDICTS = ['does-not-match', 'matches', 'matches-core', 'needs-decisions'];

describe('wizardMachine as a model', () => {
  describe('shortest paths with every kind of event', () => {
    const firstAnswer = Object.fromEntries(QUESTION_IDS.map((id) => [id, answers(id, MATCHING_PLAN)]));
    const refusedAnywhere = refused({});
    const membersVariants = answers('members', { members: 8, workerMembers: 4 }, { members: 2, workerMembers: 2 });

    function everyKind(snapshot: WizardSnapshot): WizardEvent[] {
      if (snapshot.status === 'done') return [];
      const anywhere = [START_AGAIN, RESTORE_SOME, RESTORE_ALL];
      const question = currentQuestionId(snapshot);
      if (question === undefined) return [CONFIRM, BACK, CHANGE_MEMBERS, ...anywhere];
      const variants = question === 'members' ? membersVariants : [];
      return [...(firstAnswer[question] ?? []), ...variants, refusedAnywhere, BACK, ...anywhere];
    }

    // Given to the walk, not to createTestModel, the events are exactly these: no bare event is added.
    const paths = createTestModel(wizardMachine).getShortestPaths({ events: everyKind });

    it('reach every state of the machine', () => {
      const states = getStateNodes(wizardMachine.root).map((node) => node.key);
      expect(states).toHaveLength(13);
      expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(new Set(states));
    });

    it('keep the contract at every step', async () => {
      const complete = (snapshot: WizardSnapshot) => expect(isComplete(snapshot.context.answers)).toBe(true);
      for (const path of paths) {
        await path.test({
          states: {
            check: complete,
            done: complete,
            // No question is shown before the ones ahead of it are answered.
            '*': (snapshot) => {
              const question = currentQuestionId(snapshot);
              if (question === undefined) return;
              const before = QUESTIONS.slice(0, questionIndex(question)).flatMap(({ keys }) => keys);
              expect(before.filter((key) => snapshot.context.answers[key] === undefined)).toEqual([]);
            },
          },
        });
        expect(path.state.context.answers).toEqual(oracle(eventsOf(path)));
      }
      console.info(`model: ${paths.length} shortest paths reach every state`);
    });
  });

  describe('shortest paths through every combination of representative answers', () => {
    const combinations: Record<QuestionId, WizardEvent[]> = {
      focus: answers(
        'focus',
        { focus: 'social-services' },
        { focus: 'work-integration' },
        { focus: 'other' },
        { focus: 'not-sure' },
      ),
      publicBenefit: answers('publicBenefit', { publicBenefit: 'yes' }, { publicBenefit: 'not-sure' }),
      surplus: answers('surplus', { surplus: 'community' }, { surplus: 'distribute' }, { surplus: 'undecided' }),
      governance: answers(
        'governance',
        { governance: 'one-member-one-vote' },
        { governance: 'by-shares' },
        { governance: 'undecided' },
      ),
      members: answers('members', { members: 9, workerMembers: 6 }, { members: 8, workerMembers: 4 }),
      board: answers('board', { board: 3, workerBoard: 2 }, { board: 2, workerBoard: 1 }),
      // The "not decided yet" values take the place of "both", "partly" and the empty lists, which
      // the property tests against the same spec reading still cover: more would double the walk.
      stakeholders: answers('stakeholders', { stakeholders: ['consumers'] }, { stakeholders: 'undecided' }),
      disadvantaged: answers('disadvantaged', { disadvantaged: ['migrants'] }, { disadvantaged: 'undecided' }),
      flexibleMembership: answers(
        'flexibleMembership',
        { flexibleMembership: 'yes' },
        { flexibleMembership: 'not-sure' },
      ),
      simpleEntryExit: answers('simpleEntryExit', { simpleEntryExit: 'yes' }, { simpleEntryExit: 'no' }),
      innovation: answers('innovation', { innovation: 'yes' }, { innovation: 'no' }, { innovation: 'not-sure' }),
    };
    const expected = Object.values(combinations).reduce((product, events) => product * events.length, 1);

    it(`reach ${expected} results, each with the verdict of a direct reading`, () => {
      const paths = getShortestPaths(wizardMachine, {
        events: (snapshot) => {
          const question = currentQuestionId(snapshot);
          if (snapshot.status === 'done') return [];
          return question === undefined ? [CONFIRM] : combinations[question];
        },
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(paths).toHaveLength(expected);
      const verdicts = countVerdicts(paths.map(checkResult));
      expect(Object.keys(verdicts).sort()).toEqual(ALL_VERDICTS);
      console.info(`model: ${paths.length} shortest paths to a result`, verdicts);
    });
  });

  describe('simple paths through back, refusals and a change', () => {
    const firstPass: Record<QuestionId, WizardEvent[]> = Object.fromEntries(
      QUESTION_IDS.map((id) => [id, answers(id, MATCHING_PLAN)]),
    ) as Record<QuestionId, WizardEvent[]>;
    firstPass.focus.push(...answers('focus', { focus: 'other' }));
    firstPass.surplus.push(...answers('surplus', { surplus: 'undecided' }));
    firstPass.members.push(...answers('members', { members: 8, workerMembers: 4 }));
    firstPass.innovation.push(...answers('innovation', { innovation: 'not-sure' }));
    const membersAboveWorkers = refused({ members: '8', workerMembers: '9' });
    const lowerMembers = answers('members', { members: 2, workerMembers: 2 });
    const boardAnswers = [
      ...answers('board', { board: 2, workerBoard: 2 }),
      ...answers('board', { board: 3, workerBoard: 2 }), // more than 2 members: refused
    ];

    /**
     * On the way: every question, a second answer where it turns a criterion, a refused count, and
     * BACK from the board. At the check page, once: CHANGE the members, lower them below the board
     * (the board is asked again: refused, accepted, or BACK), then CONFIRM.
     */
    function navigating(snapshot: WizardSnapshot): WizardEvent[] {
      if (snapshot.status === 'done') return [];
      const question = currentQuestionId(snapshot);
      const changing = snapshot.context.returnTo === 'check';
      if (question === undefined) return changing ? [CONFIRM] : [CONFIRM, CHANGE_MEMBERS];
      if (changing) {
        if (question === 'members') return [...lowerMembers, membersAboveWorkers];
        return question === 'board' ? [...boardAnswers, BACK] : [];
      }
      if (question === 'members') return [...firstPass.members, membersAboveWorkers];
      if (question === 'board' && snapshot.context.answers.board === undefined) return [...firstPass.board, BACK];
      return firstPass[question];
    }

    it('end with answers whose verdict agrees with a direct reading of the contract', () => {
      const paths = getSimplePaths(wizardMachine, {
        events: navigating,
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(paths.length).toBeGreaterThan(100);
      const verdicts = countVerdicts(paths.map(checkResult));
      expect(Object.keys(verdicts).sort()).toEqual(ALL_VERDICTS);
      const changed = paths.filter((path) => eventsOf(path).includes(CHANGE_MEMBERS)).length;
      expect(changed).toBeGreaterThan(0);
      console.info(`model: ${paths.length} simple paths to a result (${changed} through a change)`, verdicts);
    });
  });
});
