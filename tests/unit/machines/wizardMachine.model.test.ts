import { createTestModel, getShortestPaths, getSimplePaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { isComplete, type AnswerKey, type PartialAnswers } from '../../../src/machines/answers';
import { VERDICTS, assess, type Verdict } from '../../../src/machines/assessment';
import { encodeAnswers } from '../../../src/machines/codec';
import {
  CHECK_STEP,
  QUESTIONS,
  QUESTION_IDS,
  getQuestion,
  questionIndex,
  type QuestionId,
} from '../../../src/machines/questions';
import { toFormValues, type FormValues } from '../../../src/machines/validation';
import {
  currentQuestionId,
  currentView,
  wizardMachine,
  type RestoreSource,
  type WizardEvent,
  type WizardNotice,
  type WizardSnapshot,
} from '../../../src/machines/wizardMachine';
import { MATCHING_PLAN } from '../../support/plans';
import { specVerdict } from './support/spec-reading';

/**
 * Model-based tests: @xstate/graph walks the machine with a small, representative set of events
 * in each state, and the answers at the end of every path are checked against an oracle that
 * replays the path's events by the contract's rules.
 */

/**
 * Each walk below visits thousands of snapshots: 1 to 4 s on a quiet machine, and several times
 * that when other work holds the CPU, beyond Vitest's default of 5 s.
 */
const WALK_TIMEOUT = 30_000;

type Outcome = PartialAnswers | 'refused';

/** Every ANSWER event the walks supply, with the answers it gives when the contract accepts it. */
const outcomes = new Map<WizardEvent, Outcome>();

/** The page's answers from each plan, as events. */
function answers(question: QuestionId, ...plans: PartialAnswers[]): WizardEvent[] {
  const keys: readonly AnswerKey[] = getQuestion(question).keys;
  return plans.map((plan) => {
    const event: WizardEvent = { type: 'ANSWER', values: toFormValues(question, plan) };
    outcomes.set(event, Object.fromEntries(keys.map((key) => [key, plan[key]])));
    return event;
  });
}

function refused(values: FormValues): WizardEvent {
  const event: WizardEvent = { type: 'ANSWER', values };
  outcomes.set(event, 'refused');
  return event;
}

/** Every RESTORE event the walks supply: the answers it gives (`kept`: those held before) and the notice. */
const restores = new Map<WizardEvent, { answers: PartialAnswers | 'kept'; notice: WizardNotice | null }>();

function restore(
  fragment: string,
  from: RestoreSource,
  answers: PartialAnswers | 'kept',
  notice: WizardNotice | null,
): WizardEvent {
  const event: WizardEvent = { type: 'RESTORE', fragment, from };
  restores.set(event, { answers, notice });
  return event;
}

const START: WizardEvent = { type: 'START' };
const BACK: WizardEvent = { type: 'BACK' };
const CONFIRM: WizardEvent = { type: 'CONFIRM' };
const CHANGE_MEMBERS: WizardEvent = { type: 'CHANGE', question: 'members' };
const START_AGAIN: WizardEvent = { type: 'START_AGAIN' };
const DELETE: WizardEvent = { type: 'DELETE' };
const SOME = { focus: 'both', publicBenefit: 'yes' } as const;
const RESTORE_SOME = restore(encodeAnswers(SOME, 'surplus'), 'link', SOME, null);
const RESTORE_ALL = restore(encodeAnswers(MATCHING_PLAN), 'saved', MATCHING_PLAN, { kind: 'resumed' });
/** A link with a refused value and more workers than members: only the focus and the members fit. */
const RESTORE_UNREADABLE = restore(
  'v=1&focus=both&surplus=%%&members=5&workerMembers=6',
  'link',
  { focus: 'both', members: 5 },
  {
    kind: 'unreadable-link',
    errors: [
      { key: 'surplus', reason: 'malformed' },
      { key: 'workerMembers', reason: 'more-than-members' },
    ],
  },
);
const RESTORE_CORRUPT = restore('members=%%%', 'saved', {}, { kind: 'corrupt' });
const RESTORE_START_PAGE = restore('', 'history', 'kept', null);

const fits = (part?: number, whole?: number) => part === undefined || whole === undefined || part <= whole;

/** The notice the contract expects after these events: the last one that says something, or clears it. */
function noticeOracle(events: readonly WizardEvent[]): WizardNotice | null {
  let notice: WizardNotice | null = null;
  for (const event of events) {
    if (event.type === 'START' || event.type === 'START_AGAIN') notice = null;
    if (event.type === 'DELETE') notice = { kind: 'deleted' };
    if (event.type === 'RESTORE') notice = restores.get(event)!.notice;
  }
  return notice;
}

/** The answers the contract expects after these events. */
function oracle(events: readonly WizardEvent[]): PartialAnswers {
  let current: PartialAnswers = {};
  for (const event of events) {
    if (event.type === 'START_AGAIN' || event.type === 'DELETE') current = {};
    if (event.type === 'RESTORE') {
      const { answers } = restores.get(event)!;
      if (answers !== 'kept') current = answers;
    }
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

const verdictsOf = (verdicts: Verdict[]) => [...new Set(verdicts)].sort();
const ALL_VERDICTS = [...VERDICTS].sort();

/** Sends a path's events to an actor whose `showResult` is a spy: it must end where the model ends. */
function replay(path: { state: WizardSnapshot; steps: readonly { event: { type: string } }[] }) {
  const showResult = vi.fn();
  const actor = createActor(wizardMachine.provide({ actions: { showResult } })).start();
  for (const event of eventsOf(path)) actor.send(event);
  expect(actor.getSnapshot().value).toEqual(path.state.value);
  return showResult;
}

describe('wizardMachine as a model', () => {
  describe('shortest paths with every kind of event', () => {
    const firstAnswer = Object.fromEntries(QUESTION_IDS.map((id) => [id, answers(id, MATCHING_PLAN)]));
    const refusedAnywhere = refused({});
    const membersVariants = answers('members', { members: 8, workerMembers: 4 }, { members: 2, workerMembers: 2 });

    function everyKind(snapshot: WizardSnapshot): WizardEvent[] {
      if (snapshot.status === 'done') return [];
      const anywhere = [
        START_AGAIN,
        DELETE,
        RESTORE_SOME,
        RESTORE_ALL,
        RESTORE_UNREADABLE,
        RESTORE_CORRUPT,
        RESTORE_START_PAGE,
      ];
      if (currentView(snapshot) === 'intro') return [START, BACK, ...anywhere];
      const question = currentQuestionId(snapshot);
      if (question === undefined) return [CONFIRM, BACK, CHANGE_MEMBERS, ...anywhere];
      const variants = question === 'members' ? membersVariants : [];
      return [...(firstAnswer[question] ?? []), ...variants, refusedAnywhere, BACK, ...anywhere];
    }

    // Given to the walk, not to createTestModel, the events are exactly these: no bare event is added.
    const paths = createTestModel(wizardMachine).getShortestPaths({ events: everyKind });

    it('reach every state of the machine: the start page, each question, the check page and done', () => {
      const states = getStateNodes(wizardMachine.root).map((node) => node.key);
      expect(new Set(states)).toEqual(new Set(['intro', ...QUESTION_IDS, CHECK_STEP, 'done']));
      expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(new Set(states));
    });

    it(
      'leave for the result once on reaching done, and never from the check page before it',
      { timeout: WALK_TIMEOUT },
      () => {
        const ends = paths.filter((path) => [CHECK_STEP, 'done'].includes(String(path.state.value)));
        for (const path of ends) expect(replay(path)).toHaveBeenCalledTimes(path.state.status === 'done' ? 1 : 0);
      },
    );

    it('keep the contract at every step', { timeout: WALK_TIMEOUT }, async () => {
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
        expect(path.state.context.notice).toEqual(noticeOracle(eventsOf(path)));
      }
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

    it(`reach ${expected} results, each with the verdict of a direct reading`, { timeout: WALK_TIMEOUT }, () => {
      const paths = getShortestPaths(wizardMachine, {
        events: (snapshot) => {
          const question = currentQuestionId(snapshot);
          if (snapshot.status === 'done') return [];
          if (currentView(snapshot) === 'intro') return [START];
          return question === undefined ? [CONFIRM] : combinations[question];
        },
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(paths).toHaveLength(expected);
      expect(verdictsOf(paths.map(checkResult))).toEqual(ALL_VERDICTS);
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
      if (currentView(snapshot) === 'intro') return [START];
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

    it('end with answers whose verdict agrees with a direct reading of the contract', { timeout: WALK_TIMEOUT }, () => {
      const paths = getSimplePaths(wizardMachine, {
        events: navigating,
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(paths.length).toBeGreaterThan(100);
      expect(verdictsOf(paths.map(checkResult))).toEqual(ALL_VERDICTS);
      expect(paths.some((path) => eventsOf(path).includes(CHANGE_MEMBERS))).toBe(true);
    });
  });
});
