import { and, assertEvent, assign, not, or, setup, type SnapshotFrom } from 'xstate';
import { isComplete, type PartialAnswers } from './answers';
import { decodeAnswers, type LinkError } from './codec';
import { keepsNothing } from './keepOnDevice';
import {
  CHECK_STEP,
  QUESTIONS,
  firstUnanswered,
  getQuestion,
  isQuestionId,
  isStepId,
  questionIndex,
  type QuestionId,
  type StepId,
} from './questions';
import { salvageAnswers } from './salvage';
import {
  mergeAnswers,
  sortByKey,
  validateQuestion,
  type FieldError,
  type FormValues,
  type QuestionValidation,
} from './validation';

/**
 * The wizard: the start page (`intro`), one state a question in the order of `QUESTIONS`, the check
 * page, then `done`, whose entry action `showResult` the page supplies with `provide`. The page
 * writes the step and the answers to the URL fragment and to storage (see codec.ts), and gives
 * them back with RESTORE, which reads them with the codec and keeps only answers that fit.
 */

/** What the wizard tells the reader beside the page, until the reader starts, deletes or restores again. */
export type WizardNotice =
  /** Answers saved in this browser were brought back. */
  | { readonly kind: 'resumed' }
  /** Answers saved in this browser could not be read and were dropped. */
  | { readonly kind: 'corrupt' }
  /** The reader deleted the answers. */
  | { readonly kind: 'deleted' }
  /** A link's refused values (key and reason only) were left out; its readable answers are kept. */
  | { readonly kind: 'unreadable-link'; readonly errors: readonly LinkError[] };

export interface WizardContext {
  readonly answers: PartialAnswers;
  /** The current page's refused values (key and reason code only). */
  readonly errors: readonly FieldError[];
  /** Set by CHANGE: a valid answer goes back to the check page, not on to the next question. */
  readonly returnTo: typeof CHECK_STEP | null;
  /**
   * Answers that a change elsewhere made impossible and removed, until they are given again. The
   * reason names the answer that changed: `{ key: 'board', reason: 'more-than-members' }`.
   */
  readonly invalidated: readonly FieldError[];
  readonly notice: WizardNotice | null;
  /**
   * Whether the answers may be kept on this device to resume later ("Bu cihazda saklamayın" sets it
   * off). Once off, it stays off until the page is left: a link can turn it off, never on again.
   */
  readonly keepOnDevice: boolean;
}

/**
 * Where a fragment comes from. `link`: a link or a fragment typed by hand, read as it stands.
 * `history`: an entry the wizard wrote itself, reached with back or forward; the answers given since
 * are kept over it. `saved`: this browser's storage.
 */
export type RestoreSource = 'link' | 'history' | 'saved';

export type WizardEvent =
  /** From the start page: to the first question. */
  | { type: 'START' }
  /** The current page's form values, as the inputs give them. */
  | { type: 'ANSWER'; values: FormValues }
  /** To the previous page; from the first question, the start page. */
  | { type: 'BACK' }
  /** From the check page: change one answer, then come back. */
  | { type: 'CHANGE'; question: QuestionId }
  /** Forget the answers and ask the first question. */
  | { type: 'START_AGAIN' }
  /** Forget the answers and show the start page, saying so. */
  | { type: 'DELETE' }
  /** A URL fragment (without `#`) to show: its step and answers. An empty one is the start page. */
  | { type: 'RESTORE'; fragment: string; from: RestoreSource }
  /** From the start page: keep the answers on this device, or nothing but the address. */
  | { type: 'KEEP_ON_DEVICE'; keep: boolean }
  | { type: 'CONFIRM' };

/** The context of a wizard with nothing answered: where it starts, and what starting again or deleting leaves. */
export const emptyContext: WizardContext = {
  answers: {},
  errors: [],
  returnTo: null,
  invalidated: [],
  notice: null,
  keepOnDevice: true,
};

/*
 * The guards and actions of one transition each read the event (validate it, decode it) themselves:
 * reading is pure and cheap (a page's answers validate in about 2 µs), so no reading is kept.
 */

function readAnswer(context: WizardContext, event: WizardEvent, question: QuestionId): QuestionValidation {
  assertEvent(event, 'ANSWER');
  return validateQuestion(question, event.values, context.answers);
}

type RestoreEvent = Extract<WizardEvent, { type: 'RESTORE' }>;

/** A fragment read by the codec: the answers that fit, the step asked for, and what to tell the reader. */
interface Restored {
  readonly answers: PartialAnswers;
  readonly step?: StepId;
  readonly notice: WizardNotice | null;
  /** Saved answers that could not be read: the wizard shows the start page. */
  readonly dropped: boolean;
}

function readFragment({ fragment, from }: RestoreEvent, given: PartialAnswers): Restored {
  const decoded = decodeAnswers(fragment);
  if (decoded.status === 'invalid') {
    if (from === 'saved') return { answers: {}, notice: { kind: 'corrupt' }, dropped: true };
    return {
      answers: salvageAnswers(fragment),
      notice: { kind: 'unreadable-link', errors: decoded.errors },
      dropped: false,
    };
  }
  const answers = from === 'history' ? mergeAnswers(decoded.answers, given).answers : decoded.answers;
  return { answers, step: decoded.step, notice: from === 'saved' ? { kind: 'resumed' } : null, dropped: false };
}

function readRestore(context: WizardContext, event: WizardEvent): Restored {
  assertEvent(event, 'RESTORE');
  return readFragment(event, context.answers);
}

type QuestionParams = { question: QuestionId };

const wizardSetup = setup({
  types: { context: {} as WizardContext, events: {} as WizardEvent },
  guards: {
    isAnswerValid: ({ context, event }, { question }: QuestionParams) =>
      readAnswer(context, event, question).errors.length === 0,
    makesAnotherAnswerImpossible: ({ context, event }, { question }: QuestionParams) =>
      mergeAnswers(context.answers, readAnswer(context, event, question).values).removed.length > 0,
    isReturningToCheck: ({ context }) => context.returnTo === CHECK_STEP,
    hasAllAnswers: ({ context }) => isComplete(context.answers),
    isFirstUnanswered: ({ context }, { question }: QuestionParams) => firstUnanswered(context.answers) === question,
    isChangeOf: ({ event }, { question }: QuestionParams) => {
      assertEvent(event, 'CHANGE');
      return event.question === question;
    },
    isStartPage: ({ event }) => {
      assertEvent(event, 'RESTORE');
      return event.fragment === '';
    },
    isDropped: ({ context, event }) => readRestore(context, event).dropped,
    /** A step is open when every question before it is answered: a link cannot skip ahead. */
    canRestoreAt: ({ context, event }, { question }: QuestionParams) => {
      const { answers, step } = readRestore(context, event);
      const next = firstUnanswered(answers);
      return step === question && (next === undefined || questionIndex(next) >= questionIndex(question));
    },
  },
  actions: {
    assignAnswer: assign(({ context, event }, { question }: QuestionParams) => {
      const { answers, removed } = mergeAnswers(context.answers, readAnswer(context, event, question).values);
      const stillMissing = context.invalidated.filter((error) => answers[error.key] === undefined);
      return { answers, errors: [], invalidated: sortByKey([...stillMissing, ...removed]) };
    }),
    assignErrors: assign({
      errors: ({ context, event }, { question }: QuestionParams) => readAnswer(context, event, question).errors,
    }),
    clearErrors: assign({ errors: [] }),
    clearNotice: assign({ notice: null }),
    assignReturnToCheck: assign({ returnTo: CHECK_STEP }),
    clearReturnTo: assign({ returnTo: null }),
    /** Everything but the founder's choice about this device. */
    clearAnswers: assign(({ context }) => ({ ...emptyContext, keepOnDevice: context.keepOnDevice })),
    assignKeepOnDevice: assign({
      keepOnDevice: ({ event }) => {
        assertEvent(event, 'KEEP_ON_DEVICE');
        return event.keep;
      },
    }),
    noteDeleted: assign({ notice: { kind: 'deleted' } as const }),
    restoreAnswers: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      const { answers, notice } = readRestore(context, event);
      return { ...emptyContext, answers, notice, keepOnDevice: context.keepOnDevice && !keepsNothing(event.fragment) };
    }),
    /** Leaves for the result page: the page supplies it, since the core knows no address. */
    showResult: () => {},
  },
});

function questionState(question: QuestionId, previous: QuestionId | 'intro', next: StepId) {
  const params = { question };
  return wizardSetup.createStateConfig({
    on: {
      ANSWER: [
        { guard: not({ type: 'isAnswerValid', params }), actions: { type: 'assignErrors', params } },
        // The check page sends on to the first unanswered question, which a removed answer becomes.
        {
          guard: or(['isReturningToCheck', { type: 'makesAnotherAnswerImpossible', params }]),
          target: CHECK_STEP,
          actions: { type: 'assignAnswer', params },
        },
        { target: next, actions: { type: 'assignAnswer', params } },
      ],
      BACK: [
        { guard: and(['isReturningToCheck', 'hasAllAnswers']), target: CHECK_STEP, actions: 'clearErrors' },
        { target: previous, actions: 'clearErrors' },
      ],
    },
  });
}

const firstQuestion = QUESTIONS[0].id;
const lastQuestion = QUESTIONS[QUESTIONS.length - 1] as (typeof QUESTIONS)[number];

export const wizardMachine = wizardSetup.createMachine({
  id: 'wizard',
  context: emptyContext,
  initial: 'intro',
  on: {
    START_AGAIN: { target: `.${firstQuestion}`, actions: 'clearAnswers' },
    DELETE: { target: '.intro', actions: ['clearAnswers', 'noteDeleted'] },
    RESTORE: [
      // The answers stay, as after BACK: forward again loses nothing.
      { guard: 'isStartPage', target: '.intro', actions: ['clearErrors', 'clearNotice'] },
      { guard: 'isDropped', target: '.intro', actions: 'restoreAnswers' },
      ...QUESTIONS.map(({ id }) => ({
        guard: { type: 'canRestoreAt', params: { question: id } } as const,
        target: `.${id}`,
        actions: 'restoreAnswers' as const,
      })),
      // Otherwise the check page, which sends on to the first unanswered question.
      { target: `.${CHECK_STEP}`, actions: 'restoreAnswers' },
    ],
  },
  states: {
    intro: {
      on: {
        START: { target: firstQuestion, actions: 'clearNotice' },
        KEEP_ON_DEVICE: { actions: 'assignKeepOnDevice' },
      },
    },
    ...Object.fromEntries(
      QUESTIONS.map(({ id }, index) => {
        const previous = QUESTIONS[index - 1]?.id ?? 'intro';
        const next = QUESTIONS[index + 1]?.id ?? CHECK_STEP;
        return [id, questionState(id, previous, next)];
      }),
    ),
    [CHECK_STEP]: {
      // Only complete answers are checked.
      always: QUESTIONS.map(({ id }) => ({
        guard: { type: 'isFirstUnanswered', params: { question: id } } as const,
        target: id,
      })),
      on: {
        CONFIRM: 'done',
        BACK: { target: lastQuestion.id, actions: 'clearReturnTo' },
        CHANGE: QUESTIONS.map(({ id }) => ({
          guard: { type: 'isChangeOf', params: { question: id } } as const,
          target: id,
          actions: 'assignReturnToCheck' as const,
        })),
      },
    },
    done: { type: 'final', entry: 'showResult' },
  },
});

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** What the wizard shows: the start page, a step as the URL fragment names it, or `done`. */
export type WizardView = 'intro' | StepId | 'done';

export function currentView(snapshot: WizardSnapshot): WizardView {
  const value = String(snapshot.value);
  return value === 'intro' || isStepId(value) ? value : 'done';
}

/** The question on screen, if any: with `questionProgress` it gives "Soru 3 / 11". */
export function currentQuestionId(snapshot: WizardSnapshot): QuestionId | undefined {
  const view = currentView(snapshot);
  return isQuestionId(view) ? view : undefined;
}

/** The answers of the question on screen that a change elsewhere removed: it says why it asks again. */
export function invalidatedOnScreen(snapshot: WizardSnapshot): readonly FieldError[] {
  const question = currentQuestionId(snapshot);
  const keys: readonly string[] = question === undefined ? [] : getQuestion(question).keys;
  return snapshot.context.invalidated.filter((error) => keys.includes(error.key));
}
