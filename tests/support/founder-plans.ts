import type { Answers } from '../../src/machines/answers';
import type { Verdict } from '../../src/machines/assessment';
import type { CriterionId, Status } from '../../src/machines/criteria';

/**
 * Founders tell their plan in their own words; a careful reader answers the wizard's questions as
 * they are written (src/i18n/wizard-tr.ts); the verdict and every criterion's status are then the
 * ones the contract's tables give (shared/spec/wizard.md). Answers and statuses are written here by
 * hand from the questions and the spec, never computed by the code under test: the unit tests
 * (tests/unit/machines/founder-plans.test.ts) and the browser tests (tests/e2e/plans.spec.ts) check
 * the code against them.
 *
 * The first plans are the text's own founders, the people the cooperative exists for; the spec's test
 * of the questions' wording is that each of them reaches `matches` or `matches-core`.
 */
export interface FounderPlan {
  /** The plan as its founders tell it. */
  readonly story: string;
  /** What a careful reader answers from the questions as written. */
  readonly answers: Answers;
  readonly verdict: Verdict;
  /** Every criterion's status, prerequisites included. */
  readonly statuses: Readonly<Record<CriterionId, Status>>;
  /** True for the text's own founders, who must never be told that their plan does not match. */
  readonly ownFounders: boolean;
}

export const FOUNDER_PLANS = {
  'disabled women’s tailoring workshop': {
    ownFounders: true,
    story:
      'We are nine disabled women in Konya. Nobody would hire us, so we open our own tailoring workshop, and all nine ' +
      'of us sew in it. Our wages are our living. What is left after wages and cloth goes back into machines and a ' +
      'course for other disabled women. One vote each; three of us on the board. Only we are members; a woman who ' +
      'wants to join applies and the board decides.',
    answers: {
      focus: 'work-integration', // "work and income for disadvantaged people, the founders included"
      publicBenefit: 'yes', // their wages are their pay, which the question leaves aside
      surplus: 'community', // what is left after wages: machines and a course
      governance: 'one-member-one-vote',
      members: 9,
      workerMembers: 9,
      board: 3,
      workerBoard: 3,
      stakeholders: [],
      disadvantaged: ['disabled'],
      flexibleMembership: 'no',
      simpleEntryExit: 'yes',
      innovation: 'no',
    },
    verdict: 'matches-core',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'not-met',
      'flexible-membership': 'not-met',
      'simple-entry-exit': 'met',
      innovation: 'not-met',
    },
  },
  'village women’s dairy that pays its members for their milk': {
    ownFounders: true,
    story:
      'We are eight women in a village near Kars. We found a dairy for our own income, and all eight of us will work ' +
      'in it. The dairy pays each of us for the milk she brings. What is left after that goes into a cheese room and ' +
      'a yearly fair for the village. One vote each; three of us on the board. Only we will be members, and for good. ' +
      'We have not talked about how someone joins or leaves. We make cheese as our mothers did.',
    answers: {
      focus: 'work-integration', // the founders themselves are the rural women it exists for
      publicBenefit: 'yes', // the milk money is what they get for their work, left aside by the question
      surplus: 'community', // what remains after every expense, the milk money included
      governance: 'one-member-one-vote',
      members: 8,
      workerMembers: 8,
      board: 3,
      workerBoard: 3,
      stakeholders: [],
      disadvantaged: ['rural-women'], // founders included
      flexibleMembership: 'no',
      simpleEntryExit: 'not-sure',
      innovation: 'no',
    },
    verdict: 'matches-core',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'not-met',
      'flexible-membership': 'not-met',
      'simple-entry-exit': 'unclear',
      innovation: 'not-met',
    },
  },
  'migrant women’s bakery': {
    ownFounders: true,
    story:
      'We are twelve women in Gaziantep, ten of us from Syria. We open a bakery so that Syrian women who find no work ' +
      'earn a living; ten of us will bake every day. One vote each; the three on the board all bake. What is left ' +
      'after wages and flour goes back into the ovens and a yearly meal for the street; when a choice is good for the ' +
      'street but leaves less for us, the street comes first. Only we bakers are members, and always for good. A ' +
      'woman who wants to join applies and the board decides. It is a bakery like others.',
    answers: {
      focus: 'work-integration',
      publicBenefit: 'yes',
      surplus: 'community', // reinvesting in the ovens is "new investment and new jobs"
      governance: 'one-member-one-vote',
      members: 12,
      workerMembers: 10,
      board: 3,
      workerBoard: 3,
      stakeholders: [],
      disadvantaged: ['migrants'],
      flexibleMembership: 'no',
      simpleEntryExit: 'yes',
      innovation: 'no',
    },
    verdict: 'matches-core',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'not-met',
      'flexible-membership': 'not-met',
      'simple-entry-exit': 'met',
      innovation: 'not-met',
    },
  },
  'parents’ day-care for their disabled children': {
    ownFounders: true,
    story:
      'We are eleven parents of disabled children in Eskişehir. We run a day-care centre for our children and others. ' +
      'Four of us work there as carers every day; the others help now and then. Families who use it and volunteers ' +
      'can become members, also for a year. A board of five, two of them carers, elected by all with one vote each. ' +
      'Everything left goes into the centre. Joining takes a form and a board decision. It is the first day-care for ' +
      'disabled children in our district.',
    answers: {
      focus: 'social-services',
      publicBenefit: 'yes',
      surplus: 'community',
      governance: 'one-member-one-vote',
      members: 11,
      workerMembers: 4, // helping now and then does not count as working in it
      board: 5,
      workerBoard: 2,
      stakeholders: ['consumers', 'volunteers'], // the families are its consumers
      disadvantaged: [], // the carers are parents, not people from the listed groups
      flexibleMembership: 'yes',
      simpleEntryExit: 'yes',
      innovation: 'yes',
    },
    // A care cooperative of its users: both worker majorities are characteristics here.
    verdict: 'matches-core',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'not-met',
      'worker-majority-board': 'not-met',
      'disadvantaged-employment': 'not-met', // a characteristic for social services
      'multi-stakeholder': 'met',
      'flexible-membership': 'met',
      'simple-entry-exit': 'met',
      innovation: 'met',
    },
  },
  'olive press of village families': {
    ownFounders: true,
    story:
      'Twenty families of a village near Ayvalık found an olive press. Each family sends one woman to sign, so we ' +
      'are twenty founders. Our young people leave for lack of work: the press will employ six of them, and twelve ' +
      'of us women will work in it in the season. The press pays each family for its olives; what is left goes into ' +
      'the press and a bus for the village school. One vote each; a board of five, three of them women who work ' +
      'there. Any family of the village can join with a simple form; the students who help at harvest cannot be members.',
    answers: {
      focus: 'work-integration', // work and income for the village's women and young people, founders included
      publicBenefit: 'yes',
      surplus: 'community', // the olive money is an expense, paid before
      governance: 'one-member-one-vote',
      members: 20, // people who sign, one a family
      workerMembers: 12,
      board: 5,
      workerBoard: 3,
      stakeholders: [], // ruled out the helpers; buyers are not members
      disadvantaged: ['rural-women', 'rural-youth'],
      flexibleMembership: 'no',
      simpleEntryExit: 'yes',
      innovation: 'no',
    },
    verdict: 'matches-core',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'not-met',
      'flexible-membership': 'not-met',
      'simple-entry-exit': 'met',
      innovation: 'not-met',
    },
  },
  'five disabled women who have not found two more founders': {
    ownFounders: true,
    story:
      'We are five deaf women in İzmir who make jewellery together and want to sell it as a cooperative. All five of ' +
      'us work in it, three on the board, one vote each. What is left goes into tools and a sign-language course. ' +
      'People who buy from us and volunteers who teach can join, for a year too, with a short form. We sell online, ' +
      'which nobody here does for deaf craftswomen.',
    answers: {
      focus: 'work-integration',
      publicBenefit: 'yes',
      surplus: 'community',
      governance: 'one-member-one-vote',
      members: 5,
      workerMembers: 5,
      board: 3,
      workerBoard: 3,
      stakeholders: ['consumers', 'volunteers'],
      disadvantaged: ['disabled'],
      flexibleMembership: 'yes',
      simpleEntryExit: 'yes',
      innovation: 'yes',
    },
    // The description is matched in every point; the law's seven founders are missing, said above it.
    verdict: 'matches',
    statuses: {
      'founders-min-7': 'not-met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'met',
      'flexible-membership': 'met',
      'simple-entry-exit': 'met',
      innovation: 'met',
    },
  },
  'home care with votes by capital share': {
    ownFounders: false,
    story:
      'We are seven neighbours in Mardin. We will clean homes and care for old people, and give work to people who ' +
      'have long been out of work. Whoever puts in more money should have more say. Five of us will work in it, two ' +
      'of them on a board of three. Clients can become members, also volunteers for a season; joining is a simple ' +
      'form. What is left goes into the work and the neighbourhood. Care that comes to the house is new here.',
    answers: {
      focus: 'both',
      publicBenefit: 'yes',
      surplus: 'community',
      governance: 'by-shares',
      members: 7,
      workerMembers: 5,
      board: 3,
      workerBoard: 2,
      stakeholders: ['consumers', 'volunteers'],
      disadvantaged: ['long-term-unemployed'],
      flexibleMembership: 'yes',
      simpleEntryExit: 'yes',
      innovation: 'yes',
    },
    verdict: 'does-not-match',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'not-met',
      'board-min-3': 'met',
      focus: 'met',
      'public-benefit': 'met',
      'not-for-profit': 'met',
      'democratic-governance': 'not-met',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'met',
      'multi-stakeholder': 'met',
      'flexible-membership': 'met',
      'simple-entry-exit': 'met',
      innovation: 'met',
    },
  },
  'a trading firm that shares out its profit': {
    ownFounders: false,
    story:
      'We are seven traders in Bursa. We buy towels together and sell them abroad. Two of us work in it full time. ' +
      'The profit is shared out by what each puts in; we each want the best return. One vote each at the general ' +
      'assembly, a board of three. Nobody else joins.',
    answers: {
      focus: 'other',
      publicBenefit: 'no',
      surplus: 'distribute',
      governance: 'one-member-one-vote',
      members: 7,
      workerMembers: 2,
      board: 3,
      workerBoard: 1,
      stakeholders: [],
      disadvantaged: [],
      flexibleMembership: 'no',
      simpleEntryExit: 'no',
      innovation: 'no',
    },
    verdict: 'does-not-match',
    statuses: {
      'founders-min-7': 'met',
      'one-vote-per-member': 'met',
      'board-min-3': 'met',
      focus: 'not-met',
      'public-benefit': 'not-met',
      'not-for-profit': 'not-met',
      'democratic-governance': 'met',
      'worker-majority-members': 'not-met',
      'worker-majority-board': 'not-met',
      'disadvantaged-employment': 'not-met', // a characteristic where the aim is another one
      'multi-stakeholder': 'not-met',
      'flexible-membership': 'not-met',
      'simple-entry-exit': 'not-met',
      innovation: 'not-met',
    },
  },
  'an undecided founder': {
    ownFounders: false,
    story:
      'We are five friends in Van. We want to do something together for our town, but we have not decided what, ' +
      'who will work in it, or how we will decide. Three of us would work in it, two of them on a board of three.',
    answers: {
      focus: 'not-sure',
      publicBenefit: 'not-sure',
      surplus: 'undecided',
      governance: 'undecided',
      members: 5,
      workerMembers: 3,
      board: 3,
      workerBoard: 2,
      stakeholders: 'undecided',
      disadvantaged: 'undecided',
      flexibleMembership: 'not-sure',
      simpleEntryExit: 'not-sure',
      innovation: 'not-sure',
    },
    verdict: 'needs-decisions',
    statuses: {
      'founders-min-7': 'not-met',
      'one-vote-per-member': 'unclear',
      'board-min-3': 'met',
      focus: 'unclear',
      'public-benefit': 'unclear',
      'not-for-profit': 'unclear',
      'democratic-governance': 'unclear',
      'worker-majority-members': 'met',
      'worker-majority-board': 'met',
      'disadvantaged-employment': 'unclear', // a characteristic while the aim is not decided
      'multi-stakeholder': 'unclear',
      'flexible-membership': 'unclear',
      'simple-entry-exit': 'unclear',
      innovation: 'unclear',
    },
  },
} as const satisfies Record<string, FounderPlan>;

export type FounderPlanName = keyof typeof FOUNDER_PLANS;
