/**
 * The answers of the self-assessment, as the contract (shared/spec/wizard.md) fixes them: keys,
 * allowed values and number ranges. Share links and NGO deep links depend on these spellings, so
 * they change only together with `RULES_VERSION`.
 */

/** The version of the rules that made a link (`v=1`); a link of any other version is refused. */
export const RULES_VERSION = 1;

/** The largest number of founding members a link may carry; it bounds every count. */
export const MAX_MEMBERS = 100_000;

const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;

/**
 * Every answer in canonical order (the order of links and of error lists). A `number` answer may
 * name an earlier answer it cannot exceed (`atMost`): workers are counted among the members, and
 * the board is elected from among them. Choice and list values are also in canonical order.
 */
export const ANSWER_FIELDS = {
  focus: { kind: 'choice', values: ['social-services', 'work-integration', 'both', 'other', 'not-sure'] },
  publicBenefit: { kind: 'choice', values: ['yes', 'partly', 'no', 'not-sure'] },
  surplus: { kind: 'choice', values: ['community', 'distribute', 'undecided'] },
  governance: { kind: 'choice', values: ['one-member-one-vote', 'by-shares', 'founders-decide', 'undecided'] },
  members: { kind: 'number', min: 1, max: MAX_MEMBERS },
  workerMembers: { kind: 'number', min: 0, max: MAX_MEMBERS, atMost: 'members' },
  board: { kind: 'number', min: 1, max: MAX_MEMBERS, atMost: 'members' },
  workerBoard: { kind: 'number', min: 0, max: MAX_MEMBERS, atMost: 'board' },
  stakeholders: { kind: 'list', values: ['consumers', 'volunteers'] },
  disadvantaged: {
    kind: 'list',
    values: [
      'disabled',
      'long-term-unemployed',
      'ex-prisoners',
      'addiction-recovery',
      'migrants',
      'rural-women',
      'rural-youth',
    ],
  },
  flexibleMembership: { kind: 'choice', values: YES_NO_NOT_SURE },
  simpleEntryExit: { kind: 'choice', values: YES_NO_NOT_SURE },
  innovation: { kind: 'choice', values: YES_NO_NOT_SURE },
} as const;

/** The word a list answer uses for "no group": it stands alone, never beside a group. */
export const NONE = 'none';

/** The word a list answer uses for "not decided yet": it too stands alone, and is stored as itself. */
export const UNDECIDED = 'undecided';

/** The list words that stand alone, in the order a form offers them after the groups. */
export const LIST_ALONE = [NONE, UNDECIDED] as const;

type Fields = typeof ANSWER_FIELDS;
export type AnswerKey = keyof Fields;
type KeysOfKind<TKind> = { [K in AnswerKey]: Fields[K]['kind'] extends TKind ? K : never }[AnswerKey];
export type ChoiceKey = KeysOfKind<'choice'>;
export type NumberKey = KeysOfKind<'number'>;
export type ListKey = KeysOfKind<'list'>;

export type ChoiceValue<K extends ChoiceKey> = Fields[K]['values'][number];
export type ListItem<K extends ListKey> = Fields[K]['values'][number];

/**
 * The stored form of an answer. A list holds the groups named, in canonical order; `none` is `[]`,
 * and `undecided` stays the word itself.
 */
export type AnswerValue<K extends AnswerKey> = K extends ChoiceKey
  ? ChoiceValue<K>
  : K extends ListKey
    ? ListAnswer<ListItem<K>>
    : number;

export type ListAnswer<TItem extends string> = readonly TItem[] | typeof UNDECIDED;

export type Answers = { readonly [K in AnswerKey]: AnswerValue<K> };
export type PartialAnswers = Partial<Answers>;

export const ANSWER_KEYS = Object.keys(ANSWER_FIELDS) as readonly AnswerKey[];

// A Set, not `key in ANSWER_FIELDS`: text from a link may be "__proto__" or "constructor".
const answerKeySet: ReadonlySet<string> = new Set(ANSWER_KEYS);

export function isAnswerKey(name: string): name is AnswerKey {
  return answerKeySet.has(name);
}

/** The keys not yet answered, in canonical order. */
export function missingKeys(answers: PartialAnswers): AnswerKey[] {
  return ANSWER_KEYS.filter((key) => answers[key] === undefined);
}

export function isComplete(answers: PartialAnswers): answers is Answers {
  return missingKeys(answers).length === 0;
}
