import { UNDECIDED, type AnswerKey, type Answers, type ChoiceKey, type ChoiceValue, type ListAnswer } from './answers';

/**
 * The criteria of the contract (shared/spec/wizard.md) as data. Each one reads the answers and
 * gives a status; its words live in the UI dictionary under `explanationKey`, and `section` is the
 * explainer that backs it, as a path without locale prefix (an English edition maps it).
 */

/**
 * `legal`: the founding prerequisites of every cooperative, each with its own source (the law, or
 * the model articles): shown beside the verdict and never changing it.
 */
export type CriterionKind = 'legal' | 'core' | 'characteristic';
/** `unclear`: the founders have not decided yet (an `undecided` or `not-sure` answer). */
export type Status = 'met' | 'not-met' | 'unclear';
export type Rule = (answers: Answers) => Status;

const LEGAL_MIN_FOUNDERS = 7; // Law 1163, art. 2
const LEGAL_MIN_BOARD = 3; // the model articles of association, not the law's text

const met = (holds: boolean): Status => (holds ? 'met' : 'not-met');

/** Strictly more than half: 4 workers of 8 members are not a majority. */
const isMajority = (part: number, whole: number) => 2 * part > whole;

/** A choice that one value meets; another, if given, leaves the criterion unclear. */
function choiceIs<K extends ChoiceKey>(key: K, metValue: ChoiceValue<K>, undecidedValue?: ChoiceValue<K>) {
  const rule: Rule = (answers) => (answers[key] === undecidedValue ? 'unclear' : met(answers[key] === metValue));
  return { answerKeys: [key], rule };
}

/** A list names at least one group; `undecided` leaves the criterion unclear. */
const namesAGroup = (list: ListAnswer<string>): Status => (list === UNDECIDED ? 'unclear' : met(list.length > 0));

const WORK_INTEGRATION: readonly ChoiceValue<'focus'>[] = ['work-integration', 'both'];

const rows = [
  {
    id: 'founders-min-7',
    kind: 'legal',
    answerKeys: ['members'],
    rule: (answers) => met(answers.members >= LEGAL_MIN_FOUNDERS),
    section: '/nasil-kurulur/#yasal-on-kosullar',
  },
  {
    id: 'board-min-3',
    kind: 'legal',
    answerKeys: ['board'],
    rule: (answers) => met(answers.board >= LEGAL_MIN_BOARD),
    section: '/nasil-kurulur/#yasal-on-kosullar',
  },
  {
    id: 'focus',
    kind: 'core',
    answerKeys: ['focus'],
    rule: (answers) => (answers.focus === 'not-sure' ? 'unclear' : met(answers.focus !== 'other')),
    section: '/sosyal-kooperatif-nedir/#tanim',
  },
  {
    id: 'public-benefit',
    kind: 'core',
    ...choiceIs('publicBenefit', 'yes', 'not-sure'),
    section: '/diger-kooperatiflerden-farki/#kamu-yarari-onceliklidir',
  },
  {
    id: 'not-for-profit',
    kind: 'core',
    ...choiceIs('surplus', 'community', 'undecided'),
    section: '/calisma-modeli/#gelir-gider-farki-nasil-kullanilir',
  },
  {
    id: 'democratic-governance',
    kind: 'core',
    ...choiceIs('governance', 'one-member-one-vote', 'undecided'),
    section: '/sosyal-girisim-modeli/#demokratik-katilim-ve-yonetim',
  },
  {
    id: 'worker-majority-members',
    kind: 'core',
    answerKeys: ['members', 'workerMembers'],
    rule: (answers) => met(isMajority(answers.workerMembers, answers.members)),
    section: '/sosyal-girisim-modeli/#cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'worker-majority-board',
    kind: 'core',
    answerKeys: ['board', 'workerBoard'],
    rule: (answers) => met(isMajority(answers.workerBoard, answers.board)),
    section: '/sosyal-girisim-modeli/#cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'disadvantaged-employment',
    // Defining only for a cooperative that sets out to bring disadvantaged people into work; a
    // founder not sure of the aim yet meets it as a characteristic.
    kind: (answers) => (WORK_INTEGRATION.includes(answers.focus) ? 'core' : 'characteristic'),
    answerKeys: ['disadvantaged'],
    rule: (answers) => namesAGroup(answers.disadvantaged),
    section: '/sosyal-girisim-modeli/#dezavantajli-kisilerin-istihdami',
  },
  {
    id: 'multi-stakeholder',
    kind: 'characteristic',
    answerKeys: ['stakeholders'],
    rule: (answers) => namesAGroup(answers.stakeholders),
    section: '/sosyal-girisim-modeli/#cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'flexible-membership',
    kind: 'characteristic',
    ...choiceIs('flexibleMembership', 'yes', 'not-sure'),
    section: '/sosyal-girisim-modeli/#esnek-uyelik',
  },
  {
    id: 'simple-entry-exit',
    kind: 'characteristic',
    ...choiceIs('simpleEntryExit', 'yes', 'not-sure'),
    section: '/sosyal-girisim-modeli/#basit-giris-ve-cikis',
  },
  {
    id: 'innovation',
    kind: 'characteristic',
    ...choiceIs('innovation', 'yes', 'not-sure'),
    section: '/sosyal-girisim-modeli/#inovatif-cozumler',
  },
] as const satisfies readonly {
  id: string;
  kind: CriterionKind | ((answers: Answers) => CriterionKind);
  answerKeys: readonly AnswerKey[];
  rule: Rule;
  section: `/${string}/#${string}`;
}[];

export type CriterionId = (typeof rows)[number]['id'];

export interface Criterion {
  readonly id: CriterionId;
  /** Fixed, or decided by the plan's answers. */
  readonly kind: CriterionKind | ((answers: Answers) => CriterionKind);
  /** The answers its rule reads: the result shows them as "what you answered". */
  readonly answerKeys: readonly AnswerKey[];
  readonly rule: Rule;
  /** Where the UI dictionary holds this criterion's words (its title, and a text for each status). */
  readonly explanationKey: `criterion.${CriterionId}`;
  readonly section: string;
}

/** In the order the result lists them. */
export const CRITERIA: readonly Criterion[] = rows.map((row) => ({ ...row, explanationKey: `criterion.${row.id}` }));

export function kindOf(criterion: Criterion, answers: Answers): CriterionKind {
  return typeof criterion.kind === 'function' ? criterion.kind(answers) : criterion.kind;
}
