import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/machines/answers';
import { VERDICTS, assess, type Assessment } from '../../../src/machines/assessment';
import { CRITERIA } from '../../../src/machines/criteria';
import { validAnswers } from './support/arbitraries';
import { MATCHING_PLAN, planWith } from '../../support/plans';
import { specVerdict } from './support/spec-reading';

const ids = (results: Assessment['core']) => results.map(({ id }) => id);
const statuses = (results: Assessment['core']) => Object.fromEntries(results.map(({ id, status }) => [id, status]));

describe('assess', () => {
  it('checks the verdicts in the contract’s order', () => {
    expect(VERDICTS).toEqual(['does-not-match', 'needs-decisions', 'matches-core', 'matches']);
  });

  it.each([
    // matches: everything met
    ['matches', {}],
    // matches-core: a characteristic not met or unclear, the core met
    ['matches-core', { innovation: 'not-sure' }],
    ['matches-core', { flexibleMembership: 'no' }],
    ['matches-core', { simpleEntryExit: 'not-sure' }],
    ['matches-core', { stakeholders: [] }],
    ['matches-core', { focus: 'social-services', disadvantaged: [] }],
    // needs-decisions: a core criterion unclear, none not met; it comes before characteristics
    ['needs-decisions', { surplus: 'undecided' }],
    ['needs-decisions', { governance: 'undecided' }],
    ['needs-decisions', { surplus: 'undecided', governance: 'undecided', innovation: 'no', stakeholders: [] }],
    // does-not-match: a core criterion not met; it comes before unclear ones
    ['does-not-match', { publicBenefit: 'partly' }],
    ['does-not-match', { focus: 'other' }],
    ['does-not-match', { surplus: 'distribute' }],
    ['does-not-match', { governance: 'by-shares' }],
    ['does-not-match', { governance: 'founders-decide' }],
    ['does-not-match', { members: 8, workerMembers: 4 }],
    ['does-not-match', { board: 2, workerBoard: 1 }],
    ['does-not-match', { focus: 'work-integration', disadvantaged: [] }],
    ['does-not-match', { focus: 'both', disadvantaged: [] }],
    ['does-not-match', { focus: 'other', disadvantaged: [] }],
    ['does-not-match', { publicBenefit: 'no', surplus: 'undecided', governance: 'undecided' }],
  ] as [string, Partial<Answers>][])('is %s for the plan changed by %j', (verdict, changes) => {
    expect(assess(planWith(changes)).verdict).toBe(verdict);
  });

  it.each([
    ['five founders', { members: 5, workerMembers: 3 }, 'founders-min-7'],
    ['a board of two', { board: 2, workerBoard: 2 }, 'board-min-3'],
  ] as const)('reports %s in the legal block without changing the verdict', (_, changes, failing) => {
    const result = assess(planWith(changes));
    expect(result.verdict).toBe('matches');
    expect(statuses(result.legal)[failing]).toBe('not-met');
  });

  it('sorts the criteria into blocks, in table order', () => {
    const result = assess(MATCHING_PLAN);
    expect(ids(result.legal)).toEqual(['founders-min-7', 'board-min-3']);
    expect(ids(result.core)).toEqual([
      'focus',
      'public-benefit',
      'not-for-profit',
      'democratic-governance',
      'worker-majority-members',
      'worker-majority-board',
      'disadvantaged-employment',
    ]);
    expect(ids(result.characteristics)).toEqual([
      'multi-stakeholder',
      'flexible-membership',
      'simple-entry-exit',
      'innovation',
    ]);
  });

  it.each([
    ['work-integration', 'core'],
    ['both', 'core'],
    ['social-services', 'characteristics'],
    ['other', 'characteristics'],
  ] as const)('puts disadvantaged-employment, with focus %s, among the %s', (focus, block) => {
    const result = assess(planWith({ focus }));
    expect(ids(result[block])).toContain('disadvantaged-employment');
    expect(result[block].find(({ id }) => id === 'disadvantaged-employment')?.kind).toBe(
      block === 'core' ? 'core' : 'characteristic',
    );
  });

  it('gives each result the words key, the section and the answers of its criterion', () => {
    const result = assess(planWith({ innovation: 'not-sure' }));
    expect(result.characteristics.at(-1)).toEqual({
      id: 'innovation',
      kind: 'characteristic',
      status: 'unclear',
      explanationKey: 'criterion.innovation',
      section: 'inovatif-cozumler',
      answerKeys: ['innovation'],
    });
  });

  describe('for any valid answers', () => {
    it('agrees with a direct reading of the contract', () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          expect(assess(answers).verdict).toBe(specVerdict(answers));
        }),
        { numRuns: 2000 },
      );
    });

    it('reports every criterion once', () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          const { legal, core, characteristics } = assess(answers);
          expect([...legal, ...core, ...characteristics].map(({ id }) => id).sort()).toEqual(
            CRITERIA.map(({ id }) => id).sort(),
          );
        }),
      );
    });
  });
});
