import fc from 'fast-check';
import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  MAX_MEMBERS,
  type Answers,
  type ChoiceKey,
  type ChoiceValue,
  UNDECIDED,
  type ListAnswer,
  type ListItem,
  type ListKey,
  type PartialAnswers,
} from '../../../../src/machines/answers';

const choice = <K extends ChoiceKey>(key: K): fc.Arbitrary<ChoiceValue<K>> =>
  fc.constantFrom(...(ANSWER_FIELDS[key].values as readonly ChoiceValue<K>[]));
// subarray keeps the canonical order, as a decoded list has it; now and then not decided yet.
const list = <K extends ListKey>(key: K): fc.Arbitrary<ListAnswer<ListItem<K>>> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.subarray([...(ANSWER_FIELDS[key].values as readonly ListItem<K>[])]) },
    { weight: 1, arbitrary: fc.constant(UNDECIDED) },
  );

/** Mostly small counts, where the majority and legal boundaries lie, and now and then a large one. */
const count = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max: Math.min(max, min + 12) }), fc.integer({ min, max }));

/** The four counts, each within the count it is part of. */
const counts = count(1, MAX_MEMBERS).chain((members) =>
  fc
    .tuple(count(0, members), count(1, members))
    .chain(([workerMembers, board]) =>
      count(0, board).map((workerBoard) => ({ members, workerMembers, board, workerBoard })),
    ),
);

export const validAnswers: fc.Arbitrary<Answers> = fc
  .record({
    focus: choice('focus'),
    publicBenefit: choice('publicBenefit'),
    surplus: choice('surplus'),
    governance: choice('governance'),
    counts,
    stakeholders: list('stakeholders'),
    disadvantaged: list('disadvantaged'),
    flexibleMembership: choice('flexibleMembership'),
    simpleEntryExit: choice('simpleEntryExit'),
    innovation: choice('innovation'),
  })
  .map(({ counts: numbers, ...choices }) => ({ ...choices, ...numbers }));

/** Valid answers with some keys left out: what a wizard half-way through holds. */
export const validPartialAnswers: fc.Arbitrary<PartialAnswers> = fc
  .tuple(validAnswers, fc.subarray([...ANSWER_KEYS]))
  .map(([answers, kept]) => Object.fromEntries(kept.map((key) => [key, answers[key]])) as PartialAnswers);
