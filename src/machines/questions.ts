import { missingKeys, type AnswerKey, type PartialAnswers } from './answers';

/**
 * The wizard's pages in order, one question a page. Two pages ask two counts together, because the
 * second is counted among the first (workers among members, worker-members on the board). A
 * question's id is its first key: it appears in the URL fragment (`step=members`) and must not change.
 */
export const QUESTIONS = [
  { id: 'focus', keys: ['focus'] },
  { id: 'publicBenefit', keys: ['publicBenefit'] },
  { id: 'surplus', keys: ['surplus'] },
  { id: 'governance', keys: ['governance'] },
  { id: 'members', keys: ['members', 'workerMembers'] },
  { id: 'board', keys: ['board', 'workerBoard'] },
  { id: 'stakeholders', keys: ['stakeholders'] },
  { id: 'disadvantaged', keys: ['disadvantaged'] },
  { id: 'flexibleMembership', keys: ['flexibleMembership'] },
  { id: 'simpleEntryExit', keys: ['simpleEntryExit'] },
  { id: 'innovation', keys: ['innovation'] },
] as const satisfies readonly { id: AnswerKey; keys: readonly [AnswerKey, ...AnswerKey[]] }[];

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];

/** The page where all answers are checked before the result. */
export const CHECK_STEP = 'check';

/** Where the wizard can stand, as the URL fragment names it. */
export type StepId = QuestionId | typeof CHECK_STEP;

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);
export const STEP_IDS: readonly StepId[] = [...QUESTION_IDS, CHECK_STEP];

const stepIdSet: ReadonlySet<string> = new Set(STEP_IDS);

export function isStepId(name: string): name is StepId {
  return stepIdSet.has(name);
}

export function isQuestionId(name: string): name is QuestionId {
  return name !== CHECK_STEP && isStepId(name);
}

export function questionIndex(id: QuestionId): number {
  return QUESTION_IDS.indexOf(id);
}

export function getQuestion(id: QuestionId): Question {
  return QUESTIONS[questionIndex(id)] as Question;
}

/** The page that asks `key`. */
export function questionOf(key: AnswerKey): Question {
  return QUESTIONS.find((question) => (question.keys as readonly AnswerKey[]).includes(key)) as Question;
}

/** "Soru 3 / 11": `number` counts from 1. */
export function questionProgress(id: QuestionId): { number: number; total: number } {
  return { number: questionIndex(id) + 1, total: QUESTIONS.length };
}

/** The question of the first missing answer, in the order of the wizard: where to go on. */
export function firstUnanswered(answers: PartialAnswers): QuestionId | undefined {
  const [key] = missingKeys(answers);
  return key === undefined ? undefined : questionOf(key).id;
}
