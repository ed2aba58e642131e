import { UNDECIDED, type AnswerKey, type Answers, type ChoiceKey, type ChoiceValue, type ListAnswer } from './answers';

/**
 * The criteria of the contract (shared/spec/wizard.md) as data. Each one reads the answers and
 * gives a status; its words live in the UI dictionary under `explanationKey`, and `section` names the
 * explainer section that backs it by its published id (src/i18n/anchors.ts gives its address in each
 * language).
 */

/**
 * `legal`: the founding prerequisites of every cooperative, each with its own source (the law, or
 * the model articles): shown beside the verdict and never changing it.
 */
export type CriterionKind = 'legal' | 'core' | 'characteristic';
/** `unclear`: the founders have not decided yet (an `undecided` or `not-sure` answer). */
export type Status = 'met' | 'not-met' | 'unclear';
export type Rule = (answers: Answers) => Status;
/**
 * Where a criterion comes from: the source text's description (`text`), the Cooperatives Law
 * (`law`), or the model articles of association (`model-articles`), which are not the law's text.
 */
export type CriterionSource = 'text' | 'law' | 'model-articles';

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
const SOCIAL_SERVICES: readonly ChoiceValue<'focus'>[] = ['social-services', 'both'];

/** A plan in which a criterion counts otherwise than its table says: the result says why. */
interface Exception {
  readonly id: string;
  readonly applies: (answers: Answers) => boolean;
  readonly kind: CriterionKind;
  /** The answers that make the exception: the result shows them beside the criterion's own. */
  readonly answerKeys: readonly AnswerKey[];
  /** The explainer section that backs it, by its published id. */
  readonly section: string;
}

/**
 * A care cooperative of its users (shared/spec/wizard.md): it gives social services, and the people
 * who use them (parents, families) are members. The text itself describes such care run by the
 * parents and relatives who own and manage it (`section`), so there a worker majority is a
 * characteristic, not core.
 */
export const CARE_COOPERATIVE_OF_ITS_USERS = {
  id: 'care-cooperative-of-its-users',
  applies: (answers: Answers) =>
    SOCIAL_SERVICES.includes(answers.focus) &&
    answers.stakeholders !== UNDECIDED &&
    answers.stakeholders.includes('consumers'),
  kind: 'characteristic',
  answerKeys: ['focus', 'stakeholders'],
  section: 'bakima-muhtac-nufusun-yasam-kalitesini-artirir',
} as const satisfies Exception;

export type CriterionException = typeof CARE_COOPERATIVE_OF_ITS_USERS;

const rows = [
  {
    id: 'founders-min-7',
    kind: 'legal',
    answerKeys: ['members'],
    rule: (answers) => met(answers.members >= LEGAL_MIN_FOUNDERS),
    source: 'law',
    section: 'yasal-on-kosullar',
  },
  {
    // Law 1163, art. 48. It reads the same answer as `democratic-governance`, but says what the law
    // requires of any cooperative, where that one says what the text describes.
    id: 'one-vote-per-member',
    kind: 'legal',
    ...choiceIs('governance', 'one-member-one-vote', 'undecided'),
    source: 'law',
    section: 'yasal-on-kosullar',
  },
  {
    id: 'board-min-3',
    kind: 'legal',
    source: 'model-articles',
    answerKeys: ['board'],
    rule: (answers) => met(answers.board >= LEGAL_MIN_BOARD),
    section: 'yasal-on-kosullar',
  },
  {
    id: 'focus',
    kind: 'core',
    answerKeys: ['focus'],
    rule: (answers) => (answers.focus === 'not-sure' ? 'unclear' : met(answers.focus !== 'other')),
    source: 'text',
    section: 'tanim',
  },
  {
    id: 'public-benefit',
    kind: 'core',
    ...choiceIs('publicBenefit', 'yes', 'not-sure'),
    source: 'text',
    section: 'kamu-yarari-onceliklidir',
  },
  {
    id: 'not-for-profit',
    kind: 'core',
    ...choiceIs('surplus', 'community', 'undecided'),
    source: 'text',
    section: 'gelir-gider-farki-nasil-kullanilir',
  },
  {
    id: 'democratic-governance',
    kind: 'core',
    ...choiceIs('governance', 'one-member-one-vote', 'undecided'),
    source: 'text',
    section: 'demokratik-katilim-ve-yonetim',
  },
  {
    id: 'worker-majority-members',
    kind: 'core',
    answerKeys: ['members', 'workerMembers'],
    rule: (answers) => met(isMajority(answers.workerMembers, answers.members)),
    exception: CARE_COOPERATIVE_OF_ITS_USERS,
    source: 'text',
    section: 'cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'worker-majority-board',
    kind: 'core',
    answerKeys: ['board', 'workerBoard'],
    rule: (answers) => met(isMajority(answers.workerBoard, answers.board)),
    exception: CARE_COOPERATIVE_OF_ITS_USERS,
    source: 'text',
    section: 'cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'disadvantaged-employment',
    // Defining only for a cooperative that sets out to bring disadvantaged people into work; a
    // founder not sure of the aim yet meets it as a characteristic.
    kind: (answers) => (WORK_INTEGRATION.includes(answers.focus) ? 'core' : 'characteristic'),
    answerKeys: ['disadvantaged'],
    rule: (answers) => namesAGroup(answers.disadvantaged),
    source: 'text',
    section: 'dezavantajli-kisilerin-istihdami',
  },
  {
    id: 'multi-stakeholder',
    kind: 'characteristic',
    answerKeys: ['stakeholders'],
    rule: (answers) => namesAGroup(answers.stakeholders),
    source: 'text',
    section: 'cok-paydasli-yonetim-ve-calisan-cogunlugu',
  },
  {
    id: 'flexible-membership',
    kind: 'characteristic',
    ...choiceIs('flexibleMembership', 'yes', 'not-sure'),
    source: 'text',
    section: 'esnek-uyelik',
  },
  {
    id: 'simple-entry-exit',
    kind: 'characteristic',
    ...choiceIs('simpleEntryExit', 'yes', 'not-sure'),
    source: 'text',
    section: 'basit-giris-ve-cikis',
  },
  {
    id: 'innovation',
    kind: 'characteristic',
    ...choiceIs('innovation', 'yes', 'not-sure'),
    source: 'text',
    section: 'inovatif-cozumler',
  },
] as const satisfies readonly {
  id: string;
  kind: CriterionKind | ((answers: Answers) => CriterionKind);
  answerKeys: readonly AnswerKey[];
  rule: Rule;
  exception?: CriterionException;
  source: CriterionSource;
  section: string;
}[];

export type CriterionId = (typeof rows)[number]['id'];
/** The published id of an explainer section, as the Turkish page spells it. */
export type CriterionSection = (typeof rows)[number]['section'] | CriterionException['section'];

export interface Criterion {
  readonly id: CriterionId;
  /** Fixed, or decided by the plan's answers. */
  readonly kind: CriterionKind | ((answers: Answers) => CriterionKind);
  /** The answers its rule reads: the result shows them as "what you answered". */
  readonly answerKeys: readonly AnswerKey[];
  readonly rule: Rule;
  /** A kind of plan in which it counts otherwise (shared/spec/wizard.md). */
  readonly exception?: CriterionException;
  readonly source: CriterionSource;
  /** Where the UI dictionary holds this criterion's words (its title, and a text for each status). */
  readonly explanationKey: `criterion.${CriterionId}`;
  readonly section: CriterionSection;
}

/** In the order the result lists them. */
export const CRITERIA: readonly Criterion[] = rows.map((row) => ({ ...row, explanationKey: `criterion.${row.id}` }));

/** The exception that applies to this plan, if any. */
export function exceptionOf(criterion: Criterion, answers: Answers): CriterionException | undefined {
  return criterion.exception?.applies(answers) ? criterion.exception : undefined;
}

export function kindOf(criterion: Criterion, answers: Answers): CriterionKind {
  const exception = exceptionOf(criterion, answers);
  if (exception) return exception.kind;
  return typeof criterion.kind === 'function' ? criterion.kind(answers) : criterion.kind;
}
