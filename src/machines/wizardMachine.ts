import { and, assertEvent, assign, not, or, setup, type SnapshotFrom } from 'xstate';
import { isComplete, missingKeys, type PartialAnswers } from './answers';
import {
  CHECK_STEP,
  QUESTIONS,
  isQuestionId,
  isStepId,
  questionIndex,
  questionOf,
  type QuestionId,
  type StepId,
} from './questions';
import { crossFieldErrors, sortByKey, validateQuestion, type FieldError, type FormValues } from './validation';

/**
 * The wizard: one state a question, in the order of `QUESTIONS`, then the check page, then `done`
 * (the UI goes to the result page). Its context is plain data, so a snapshot can be saved and the
 * current step and answers written to the URL fragment (see codec.ts); RESTORE reads them back.
 */

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
}

export type WizardEvent =
  /** The current page's form values, as the inputs give them. */
  | { type: 'ANSWER'; values: FormValues }
  | { type: 'BACK' }
  /** From the check page: change one answer, then come back. */
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'START_AGAIN' }
  /** Answers from a link or a saved state, as `decodeAnswers` gives them, and the step to show. */
  | { type: 'RESTORE'; answers: PartialAnswers; step?: StepId }
  | { type: 'CONFIRM' };

const emptyContext: WizardContext = { answers: {}, errors: [], returnTo: null, invalidated: [] };

type QuestionParams = { question: QuestionId };

function readAnswer(context: WizardContext, event: WizardEvent, question: QuestionId) {
  assertEvent(event, 'ANSWER');
  return validateQuestion(question, event.values, context.answers);
}

/** After a valid answer: any answer it makes impossible is removed and remembered with the reason. */
function withAnswer(context: WizardContext, values: PartialAnswers): WizardContext {
  const merged = { ...context.answers, ...values };
  const impossible = crossFieldErrors(merged);
  const isImpossible = (key: string) => impossible.some((error) => error.key === key);
  const answers: PartialAnswers = Object.fromEntries(Object.entries(merged).filter(([key]) => !isImpossible(key)));
  const stillMissing = context.invalidated.filter((error) => answers[error.key] === undefined);
  return { ...context, answers, errors: [], invalidated: sortByKey([...stillMissing, ...impossible]) };
}

/** The question of the first missing answer, in the order of the wizard. */
function firstUnanswered(answers: PartialAnswers): QuestionId | undefined {
  const [key] = missingKeys(answers);
  return key === undefined ? undefined : questionOf(key).id;
}

const wizardSetup = setup({
  types: { context: {} as WizardContext, events: {} as WizardEvent },
  guards: {
    isAnswerValid: ({ context, event }, { question }: QuestionParams) =>
      readAnswer(context, event, question).errors.length === 0,
    makesAnotherAnswerImpossible: ({ context, event }, { question }: QuestionParams) =>
      crossFieldErrors({ ...context.answers, ...readAnswer(context, event, question).values }).length > 0,
    isReturningToCheck: ({ context }) => context.returnTo === CHECK_STEP,
    hasAllAnswers: ({ context }) => isComplete(context.answers),
    isFirstUnanswered: ({ context }, { question }: QuestionParams) => firstUnanswered(context.answers) === question,
    isChangeOf: ({ event }, { question }: QuestionParams) => {
      assertEvent(event, 'CHANGE');
      return event.question === question;
    },
    /** A step is open when every question before it is answered: a link cannot skip ahead. */
    canRestoreAt: ({ event }, { question }: QuestionParams) => {
      assertEvent(event, 'RESTORE');
      const next = firstUnanswered(event.answers);
      return event.step === question && (next === undefined || questionIndex(next) >= questionIndex(question));
    },
  },
  actions: {
    assignAnswer: assign(({ context, event }, { question }: QuestionParams) =>
      withAnswer(context, readAnswer(context, event, question).values),
    ),
    assignErrors: assign({
      errors: ({ context, event }, { question }: QuestionParams) => readAnswer(context, event, question).errors,
    }),
    clearErrors: assign({ errors: [] }),
    assignReturnToCheck: assign({ returnTo: CHECK_STEP }),
    clearReturnTo: assign({ returnTo: null }),
    clearAnswers: assign(emptyContext),
    restoreAnswers: assign(({ event }) => {
      assertEvent(event, 'RESTORE');
      return { ...emptyContext, answers: event.answers };
    }),
  },
});

function questionState(question: QuestionId, previous: QuestionId | undefined, next: StepId) {
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
        ...(previous === undefined ? [] : [{ target: previous, actions: 'clearErrors' as const }]),
      ],
    },
  });
}

const lastQuestion = QUESTIONS[QUESTIONS.length - 1] as (typeof QUESTIONS)[number];

export const wizardMachine = wizardSetup.createMachine({
  id: 'wizard',
  context: emptyContext,
  initial: QUESTIONS[0].id,
  on: {
    START_AGAIN: { target: `.${QUESTIONS[0].id}`, actions: 'clearAnswers' },
    RESTORE: [
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
    ...Object.fromEntries(
      QUESTIONS.map(({ id }, index) => {
        const previous = QUESTIONS[index - 1]?.id;
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
    done: { type: 'final' },
  },
});

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** Where the wizard stands, as the URL fragment names it; `done` once the answers are confirmed. */
export function currentStep(snapshot: WizardSnapshot): StepId | 'done' {
  const value = String(snapshot.value);
  return isStepId(value) ? value : 'done';
}

/** The question on screen, if any: with `questionProgress` it gives "Soru 3 / 11". */
export function currentQuestionId(snapshot: WizardSnapshot): QuestionId | undefined {
  const step = currentStep(snapshot);
  return isQuestionId(step) ? step : undefined;
}
